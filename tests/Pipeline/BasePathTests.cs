using System.Xml.Linq;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pipeline;

/// <summary>A site served under a path (https://example.org/qa/): every URL carries the path.</summary>
public sealed class BasePathTests : IClassFixture<BasePathTests.SiteUnderPath>
{
    public static readonly Uri BaseUrl = new("https://example.org/qa/");

    private readonly SiteUnderPath _site;

    public BasePathTests(SiteUnderPath site) => _site = site;

    /// <summary>The sample, built once with the base URL given as an option.</summary>
    public sealed class SiteUnderPath : IDisposable
    {
        internal TempSite Site { get; } = TempSite.FromSample();

        public SiteUnderPath() => Site.BuildClean(BaseUrl);

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void Every_internal_link_starts_with_the_base_path()
    {
        Assert.NotEmpty(SiteLinks.Relative(_site.Site.Built));
        var wrong = SiteLinks.Relative(_site.Site.Built)
            .Where(l => !l.Url.StartsWith(BaseUrl.AbsolutePath, StringComparison.Ordinal))
            .Select(l => $"{l.Page}: {l.Url}")
            .ToList();
        Assert.True(wrong.Count == 0, $"internal links without {BaseUrl.AbsolutePath}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_internal_link_resolves_after_stripping_the_base_path()
    {
        var broken = SiteLinks.Broken(_site.Site.Built, BaseUrl);
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Canonical_and_og_urls_are_under_the_base_url()
    {
        foreach (var (file, page) in _site.Site.Built.Pages().Where(p => !BuiltSite.IsNoindex(p.Document)))
        {
            var expected = BaseUrl.AbsoluteUri + BuiltSite.SitePathOf(file);
            Assert.Equal(expected, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(expected, BuiltSite.Meta(page, "meta[property='og:url']"));
        }
    }

    [Fact]
    public void Feed_urls_are_under_the_base_url()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = _site.Site.Built.Xml("feed.xml").Root!;
        var urls = feed.Descendants(atom + "link").Select(l => (string)l.Attribute("href")!)
            .Concat(feed.Descendants(atom + "id").Select(i => i.Value))
            .Concat(feed.Descendants(atom + "uri").Select(u => u.Value))
            .ToList();
        Assert.NotEmpty(feed.Elements(atom + "entry"));
        Assert.All(urls, u => Assert.StartsWith(BaseUrl.AbsoluteUri, u));
    }

    [Fact]
    public void Sitemap_and_robots_urls_are_under_the_base_url()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = _site.Site.Built.Xml("sitemap.xml").Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, l => Assert.StartsWith(BaseUrl.AbsoluteUri, l));
        Assert.Contains($"Sitemap: {BaseUrl.AbsoluteUri}sitemap.xml", _site.Site.Built.Text("robots.txt").Split('\n'));
    }

    /// <summary>BuildOptions is the public way in; a base URL given there without its final slash still means the /qa/ folder.</summary>
    [Fact]
    public void Base_url_option_without_a_final_slash_still_puts_links_under_the_path()
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean(new Uri("https://example.org/qa"));
        var relative = SiteLinks.Relative(site.Built).ToList();
        Assert.NotEmpty(relative);
        Assert.All(relative, l => Assert.StartsWith("/qa/", l.Url));
        Assert.Empty(SiteLinks.Broken(site.Built, BaseUrl));
    }

    [Fact]
    public void Json_ld_urls_are_under_the_base_url()
    {
        var content = _site.Site.Content;
        foreach (var answer in content.Published())
        {
            var page = _site.Site.Built.Page($"answers/{answer.Slug}/index.html");
            var root = Assert.Single(BuiltSite.JsonLd(page)).RootElement;
            Assert.Equal($"{BaseUrl.AbsoluteUri}answers/{answer.Slug}/", root.GetProperty("url").GetString());
            if (root.TryGetProperty("reviewedBy", out var reviewer)) Assert.StartsWith($"{BaseUrl.AbsoluteUri}experts/", reviewer.GetProperty("url").GetString());
            var article = root.GetProperty("mainEntity");
            Assert.Equal($"{BaseUrl.AbsoluteUri}experts/{answer.Expert}/", article.GetProperty("author").GetProperty("url").GetString());
        }
    }
}
