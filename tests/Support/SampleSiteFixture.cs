using RunnersQA.Pipeline;

namespace RunnersQA.Tests.Support;

/// <summary>
/// The repository's sample input, copied to a temporary folder and built once with default options,
/// for the many tests that only read the result. Tests that change input or output make their own <see cref="TempSite"/>.
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly BuildResult _result;

    public SampleSiteFixture()
    {
        Site = TempSite.FromSample();
        Content = Site.Content;
        _result = Site.Build();
    }

    internal TempSite Site { get; }

    /// <summary>The sample's content, read from the same copy that was built.</summary>
    internal ContentFacts Content { get; }

    /// <summary>The build's result; a failed build fails the test that asks for it, with the diagnostics.</summary>
    internal BuildResult Result
    {
        get
        {
            Assert.True(_result.Succeeded, "the sample site did not build:\n" + string.Join("\n", _result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));
            return _result;
        }
    }

    internal BuiltSite Built
    {
        get
        {
            _ = Result;
            return Site.Built;
        }
    }

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSiteFixture>
{
    public const string Name = "sample site";
}
