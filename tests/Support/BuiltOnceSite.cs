using RunnersQA.Pipeline;

namespace RunnersQA.Tests.Support;

/// <summary>
/// An input (the sample's or a fixture's) copied to a temporary folder and built once with default options, for
/// the many tests that only read the result. Reviews are counted as of <see cref="TempSite.SampleReviewsCurrent"/>, so
/// that none falls due as the calendar moves on. Tests that change input or output make their own <see cref="TempSite"/>.
/// </summary>
public abstract class BuiltOnceSite : IDisposable
{
    private readonly BuildResult _result;
    private readonly string _name;

    private protected BuiltOnceSite(TempSite site, string name)
    {
        Site = site;
        _name = name;
        Content = site.Content;
        _result = SiteBuild.Run(site.Options() with { ReviewClock = TempSite.SampleReviewClock });
    }

    internal TempSite Site { get; }

    /// <summary>What the input says, read from the same copy that was built.</summary>
    internal ContentFacts Content { get; }

    /// <summary>The build's result; a failed build fails the test that asks for it, with the diagnostics.</summary>
    internal BuildResult Result
    {
        get
        {
            Assert.True(_result.Succeeded, $"{_name} did not build:\n" + string.Join("\n", _result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));
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

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}
