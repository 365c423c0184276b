namespace RunnersQA.Tests.Support;

/// <summary>
/// tests/Fixtures/trust/ (two experts reviewing each other's answers, corrections, sources, disclosures, a registration
/// without a register link, tags with shared and distinct see-a-clinician notes), copied and built once per test class.
/// </summary>
public sealed class TrustSiteFixture : IDisposable
{
    public TrustSiteFixture()
    {
        Site = TempSite.FromFixture("trust");
        Content = Site.Content;
        Site.BuildClean();
    }

    internal TempSite Site { get; }

    internal ContentFacts Content { get; }

    internal BuiltSite Built => Site.Built;

    public void Dispose() => Site.Dispose();
}
