using System.Xml.Linq;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Artifacts;

/// <summary>/sitemap.xml lists every indexable page once; /robots.txt points at it.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SitemapTests(SampleSiteFixture sample)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private IReadOnlyList<string> Locations()
    {
        var root = sample.Built.Xml("sitemap.xml").Root!;
        Assert.Equal(Sitemap + "urlset", root.Name);
        return [.. root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)];
    }

    [Fact]
    public void Sitemap_lists_every_answer_tag_and_expert_page_exactly_once()
    {
        var content = sample.Content;
        var baseUrl = content.Site.BaseUrl;
        var locations = Locations();
        var expected = new List<string> { "", "tags/", "experts/", "corrections/" };
        expected.AddRange(content.Published().Select(a => $"answers/{a.Slug}/"));
        expected.AddRange(content.TagCounts().Keys.Select(id => $"tags/{id}/"));
        expected.AddRange(content.Experts.Select(e => $"experts/{e.Id}/"));
        foreach (var path in expected)
            Assert.Single(locations, l => l == new Uri(baseUrl, path).AbsoluteUri);
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public void Sitemap_lists_only_written_pages_and_not_the_404_page()
    {
        var baseUrl = sample.Content.Site.BaseUrl.AbsoluteUri;
        foreach (var location in Locations())
        {
            Assert.StartsWith(baseUrl, location);
            var file = BuiltSite.FileFor(location[baseUrl.Length..]);
            Assert.NotEqual("404.html", file);
            Assert.True(sample.Built.Exists(file), $"{location} is in the sitemap but {file} was not written");
        }
    }

    [Fact]
    public void Sitemap_gives_answers_their_last_change_date()
    {
        var root = sample.Built.Xml("sitemap.xml").Root!;
        foreach (var answer in sample.Content.Published())
        {
            var url = root.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == new Uri(sample.Content.Site.BaseUrl, $"answers/{answer.Slug}/").AbsoluteUri);
            Assert.Equal(TrustFacts.LastModified(answer).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), url.Element(Sitemap + "lastmod")?.Value);
        }
    }

    [Fact]
    public void An_answers_last_change_is_its_latest_correction()
    {
        using var site = TempSite.FromFixture("trust");
        site.BuildClean();
        var content = site.Content;
        var corrected = content.Published().Where(a => TrustFacts.Of(a).CorrectionDates.Any(d => d > (a.Updated ?? a.Date))).ToList();
        Assert.NotEmpty(corrected);
        var root = site.Built.Xml("sitemap.xml").Root!;
        foreach (var answer in corrected)
        {
            var url = root.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == new Uri(content.Site.BaseUrl, $"answers/{answer.Slug}/").AbsoluteUri);
            var latest = TrustFacts.Of(answer).CorrectionDates.Max();
            Assert.Equal(latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), url.Element(Sitemap + "lastmod")?.Value);
        }
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        var lines = sample.Built.Text("robots.txt").Split('\n').Select(l => l.Trim());
        Assert.Contains($"Sitemap: {new Uri(sample.Content.Site.BaseUrl, "sitemap.xml").AbsoluteUri}", lines);
    }
}
