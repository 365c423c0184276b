using RunnersQA.Pipeline;

namespace RunnersQA.Tests.Support;

/// <summary>
/// tests/Fixtures/taxonomies/ (tags and a second taxonomy, <c>levels</c>), copied and built once with default
/// options, for the tests that only read the result.
/// </summary>
public sealed class TaxonomySiteFixture : IDisposable
{
    public const string Fixture = "taxonomies";
    private readonly BuildResult _result;

    public TaxonomySiteFixture()
    {
        Site = TempSite.FromFixture(Fixture);
        Content = Site.Content;
        Levels = TaxonomyFacts.Read(Site.Input, "levels");
        _result = Site.Build();
    }

    internal TempSite Site { get; }

    internal ContentFacts Content { get; }

    /// <summary>The fixture's second taxonomy, read from its site.yml and front matter.</summary>
    internal TaxonomyFacts Levels { get; }

    /// <summary>The built output; a failed build fails the test that asks for it, with the diagnostics.</summary>
    internal BuiltSite Built
    {
        get
        {
            Assert.True(_result.Succeeded, "the taxonomies fixture did not build:\n" + string.Join("\n", _result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));
            return Site.Built;
        }
    }

    internal BuildResult Result => _result;

    public void Dispose() => Site.Dispose();
}
