namespace RunnersQA.Tests.Support;

/// <summary>tests/Fixtures/hostile/ (markup and entities where text belongs), copied and built once per test class.</summary>
public class HostileSiteFixture : IDisposable
{
    public HostileSiteFixture()
        : this(minifyHtml: false)
    {
    }

    protected HostileSiteFixture(bool minifyHtml)
    {
        Site = TempSite.FromFixture("hostile");
        Content = Site.Content;
        var result = RunnersQA.Pipeline.SiteBuild.Run(Site.Options() with { MinifyHtml = minifyHtml });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));
    }

    internal TempSite Site { get; }

    internal ContentFacts Content { get; }

    internal AnswerFacts Answer => Assert.Single(Content.Answers);

    internal ExpertFacts Expert => Assert.Single(Content.Experts);

    internal string AnswerFile => $"answers/{Answer.Slug}/index.html";

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}
