using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Artifacts;

/// <summary>
/// A renamed answer keeps its old addresses (<c>aliases:</c>): a _redirects line for Netlify, and a page at each
/// old address for hosts without redirects, refreshing to the answer and naming it canonical.
/// </summary>
public sealed class RedirectTests : IDisposable
{
    private const string Knees = "answers/2026/sore-knees.md";
    private static readonly Uri BaseUrl = new("https://example.org/qa/");
    private readonly TempSite _site = TempSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    private void AddAliases(string aliases) => _site.Replace(Knees, "date: 2026-03-02\n", $"date: 2026-03-02\naliases: {aliases}\n");

    [Fact]
    public void Each_alias_is_a_permanent_redirect_under_the_base_path()
    {
        AddAliases("[/answers/knees/, /answers/why-knees-hurt, /old-knees.html]");
        _site.BuildClean(BaseUrl);

        Assert.Equal(
            ["/qa/answers/knees/ /qa/answers/sore-knees/ 301", "/qa/answers/why-knees-hurt/ /qa/answers/sore-knees/ 301", "/qa/old-knees.html /qa/answers/sore-knees/ 301"],
            _site.Built.Text("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("answers/knees/index.html")]
    [InlineData("answers/why-knees-hurt/index.html")]
    [InlineData("old-knees.html")]
    public void Each_alias_has_a_page_that_refreshes_to_the_answer_and_names_it_canonical(string file)
    {
        AddAliases("[/answers/knees/, /answers/why-knees-hurt, /old-knees.html]");
        _site.BuildClean(BaseUrl);

        var page = _site.Built.Page(file);
        Assert.Equal("0; url=/qa/answers/sore-knees/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://example.org/qa/answers/sore-knees/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("noindex", BuiltSite.Meta(page, "meta[name=robots]"));
        Assert.Equal("/qa/answers/sore-knees/", page.QuerySelector("body a")?.GetAttribute("href"));
    }

    [Fact]
    public void The_default_alias_page_is_in_the_site_language_and_runs_nothing()
    {
        AddAliases("[/answers/knees/]");
        _site.BuildClean(BaseUrl);

        var page = _site.Built.Page("answers/knees/index.html");
        Assert.Equal(_site.Content.Site.Language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Moved: " + BuiltSite.TextOf(_site.Built.Page("answers/sore-knees/index.html").QuerySelector("h1")!), page.Title);
        // The refresh is markup, so the CSP's script-src 'self' has nothing to refuse.
        Assert.Empty(page.QuerySelectorAll("script, style, [style], [onload]"));
    }

    [Fact]
    public void The_alias_page_is_drawn_by_the_theme_template_which_a_site_may_override()
    {
        AddAliases("[/answers/knees/]");
        _site.WriteInput("theme/templates/pages/alias.html",
            "<!doctype html><html lang=\"{{ site.language }}\"><head><title>{{ page.title }}</title></head><body id=\"moved\"><a href=\"{{ answer.url }}\">{{ answer.title }}</a></body></html>");
        _site.BuildClean(BaseUrl);

        var page = _site.Built.Page("answers/knees/index.html");
        Assert.NotNull(page.QuerySelector("body#moved"));
        Assert.Equal("/qa/answers/sore-knees/", page.QuerySelector("body a")?.GetAttribute("href"));
        Assert.Equal(_site.Content.Site.Language, page.DocumentElement.GetAttribute("lang"));
        // The page is its own document: the layout does not wrap it.
        Assert.Single(page.QuerySelectorAll("html"));
        Assert.Empty(page.QuerySelectorAll("header, footer"));
    }

    [Fact]
    public void Alias_pages_are_not_in_the_sitemap()
    {
        AddAliases("[/answers/knees/]");
        _site.BuildClean(BaseUrl);

        Assert.DoesNotContain("answers/knees/", _site.Built.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("answers/sore-knees/", _site.Built.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_aliases_there_is_no_redirects_file()
    {
        _site.BuildClean(BaseUrl);
        Assert.False(_site.Built.Exists("_redirects"));
    }

    [Fact]
    public void A_hostile_title_is_escaped_on_the_alias_page()
    {
        using var hostile = TempSite.FromFixture("hostile");
        hostile.Replace("answers/2026/hostile-title.md", "date: 2026-05-01\n", "date: 2026-05-01\naliases: [/answers/moved/]\n");
        hostile.BuildClean();

        var page = hostile.Built.Page("answers/moved/index.html");
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Contains("<script>alert(1)</script>", page.Title, StringComparison.Ordinal);
    }
}
