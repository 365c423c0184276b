namespace RunnersQA.Tests.Support;

/// <summary>tests/Fixtures/hostile/ (markup and entities where text belongs), copied and built once per test class.</summary>
public sealed class HostileSiteFixture : IDisposable
{
    public HostileSiteFixture()
    {
        Site = TempSite.FromFixture("hostile");
        Content = Site.Content;
        Site.BuildClean();
    }

    internal TempSite Site { get; }

    internal ContentFacts Content { get; }

    internal AnswerFacts Answer => Assert.Single(Content.Answers);

    internal ExpertFacts Expert => Assert.Single(Content.Experts);

    internal string AnswerFile => $"answers/{Answer.Slug}/index.html";

    public void Dispose() => Site.Dispose();
}
