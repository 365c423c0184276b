using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pipeline;

/// <summary>Every internal link of every page leads to a file the build wrote.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class LinkTests(SampleSiteFixture sample)
{
    [Fact]
    public void Every_internal_link_resolves_to_a_written_file()
    {
        var built = sample.Built;
        Assert.NotEmpty(built.HtmlFiles);
        var broken = SiteLinks.Broken(built, sample.Content.Site.BaseUrl);
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Link_check_finds_a_link_to_a_missing_page()
    {
        // The check above is only worth something if it can fail: remove one page another page links to.
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        Assert.Empty(SiteLinks.Broken(site.Built, site.Content.Site.BaseUrl));
        File.Delete(site.Built.PathOf("answers/rest-days/index.html"));
        var broken = SiteLinks.Broken(site.Built, site.Content.Site.BaseUrl);
        Assert.Contains(broken, b => b.StartsWith("index.html: /answers/rest-days/", StringComparison.Ordinal));
    }

    [Fact]
    public void Internal_links_are_root_relative_with_the_root_base_path()
    {
        Assert.NotEmpty(SiteLinks.Relative(sample.Built));
        var relative = SiteLinks.Relative(sample.Built)
            .Where(l => !l.Url.StartsWith('/'))
            .Select(l => $"{l.Page}: {l.Url}")
            .ToList();
        Assert.True(relative.Count == 0, "links relative to the page (they break when a page moves):\n" + string.Join("\n", relative));
    }
}
