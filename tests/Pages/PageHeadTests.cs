using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>What every page's head and outline must hold, on every page the sample builds.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class PageHeadTests(SampleSiteFixture sample)
{
    private const string NotFound = "404.html";

    private IEnumerable<(string File, AngleSharp.Html.Dom.IHtmlDocument Page)> Pages()
    {
        var pages = sample.Built.Pages().ToList();
        Assert.True(pages.Count > 10, "the sample should build many pages");
        return pages;
    }

    [Fact]
    public void Every_page_has_the_site_language_on_html()
    {
        Assert.All(Pages(), p => Assert.Equal(sample.Content.Site.Language, p.Page.DocumentElement.GetAttribute("lang")));
    }

    [Fact]
    public void Every_page_has_exactly_one_h1()
    {
        Assert.All(Pages(), p =>
        {
            var h1 = Assert.Single(p.Page.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(h1.TextContent), $"{p.File} has an empty h1");
        });
    }

    [Fact]
    public void Every_page_has_a_meta_description_and_a_title()
    {
        Assert.All(Pages(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(BuiltSite.Meta(p.Page, "meta[name=description]")), $"{p.File} has no meta description");
            Assert.Contains(sample.Content.Site.Title, p.Page.Title);
        });
    }

    [Fact]
    public void Only_404_and_the_ask_thank_you_page_are_noindex()
    {
        Assert.Equal([NotFound, "ask/thanks/index.html"], Pages().Where(p => BuiltSite.IsNoindex(p.Page)).Select(p => p.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_indexable_page_has_a_canonical_link_to_its_own_absolute_url()
    {
        Assert.All(Pages().Where(p => !BuiltSite.IsNoindex(p.Page)), p =>
        {
            var expected = sample.Content.Site.BaseUrl.AbsoluteUri + BuiltSite.SitePathOf(p.File);
            var canonical = Assert.Single(p.Page.QuerySelectorAll("link[rel=canonical]"));
            Assert.Equal(expected, canonical.GetAttribute("href"));
        });
    }

    [Fact]
    public void Every_page_has_open_graph_title_type_and_url()
    {
        Assert.All(Pages(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(BuiltSite.Meta(p.Page, "meta[property='og:title']")), $"{p.File} has no og:title");
            Assert.Contains(BuiltSite.Meta(p.Page, "meta[property='og:type']"), new[] { "website", "article", "profile" });
            if (p.File != NotFound)
                Assert.Equal(p.Page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), BuiltSite.Meta(p.Page, "meta[property='og:url']"));
        });
    }

    [Fact]
    public void Answer_pages_are_articles_and_expert_pages_profiles_in_open_graph()
    {
        foreach (var a in sample.Content.Published())
        {
            var page = sample.Built.Page($"answers/{a.Slug}/index.html");
            Assert.Equal("article", BuiltSite.Meta(page, "meta[property='og:type']"));
            Assert.Equal(a.Title, BuiltSite.Meta(page, "meta[property='og:title']"));
        }
        foreach (var e in sample.Content.Experts)
            Assert.Equal("profile", BuiltSite.Meta(sample.Built.Page($"experts/{e.Id}/index.html"), "meta[property='og:type']"));
    }

    [Fact]
    public void The_404_page_is_not_indexed_and_has_no_canonical_url()
    {
        var page = sample.Built.Page(NotFound);
        Assert.Contains("noindex", BuiltSite.Meta(page, "meta[name=robots]") ?? "");
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }
}
