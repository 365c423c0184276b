namespace RunnersQA.Tests.Support;

/// <summary>tests/Fixtures/taxonomies (tags and <c>levels</c>) built and served for the browser tests.</summary>
public sealed class TaxonomyBrowserSite : BrowserSite
{
    public TaxonomyBrowserSite()
        : base(new Uri("https://levels.example.org/"), TaxonomySiteFixture.Fixture)
    {
    }
}
