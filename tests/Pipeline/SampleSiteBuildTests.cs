using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pipeline;

/// <summary>The sample site builds, and every kind of page and file is written.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleSiteBuildTests(SampleSiteFixture sample)
{
    [Fact]
    public void Sample_site_builds_without_errors_or_warnings()
    {
        Assert.Empty(sample.Result.Diagnostics);
    }

    [Fact]
    public void Every_kind_of_page_and_file_is_written()
    {
        var content = sample.Content;
        var published = content.Published();
        var expected = new List<string>
        {
            "index.html", "tags/index.html", "experts/index.html", "404.html",
            "feed.xml", "sitemap.xml", "robots.txt", sample.Built.Asset("site.css"), sample.Built.Asset("search.js"),
            "search/index.html", "ask/index.html", "ask/thanks/index.html", "corrections/index.html", "corrections/feed.xml",
        };
        // The sample has more answers than fit on one archive page, so page 2 exists.
        Assert.True(published.Count > content.Site.PerPage, "the sample should need a second archive page");
        expected.Add("page/2/index.html");
        expected.AddRange(published.Select(a => $"answers/{a.Slug}/index.html"));
        expected.AddRange(content.TagCounts().Keys.Select(id => $"tags/{id}/index.html"));
        expected.AddRange(content.Experts.Select(e => $"experts/{e.Id}/index.html"));

        var missing = expected.Where(f => !sample.Built.Exists(f)).ToList();
        Assert.True(missing.Count == 0, "not written: " + string.Join(", ", missing));
    }

    [Fact]
    public void Archive_pages_cover_every_published_answer_once()
    {
        var content = sample.Content;
        var pageCount = (content.Published().Count + content.Site.PerPage - 1) / content.Site.PerPage;
        var listed = new List<string>();
        for (var n = 1; n <= pageCount; n++)
        {
            var page = sample.Built.Page(n == 1 ? "index.html" : $"page/{n}/index.html");
            var cards = page.QuerySelectorAll("main h2 a[href^='/answers/'], main h3 a[href^='/answers/']").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(cards.Count, 1, content.Site.PerPage);
            listed.AddRange(cards);
        }
        Assert.False(sample.Built.Exists($"page/{pageCount + 1}/index.html"));
        Assert.Equal(content.Published().Select(a => $"/answers/{a.Slug}/"), listed);
    }

    [Fact]
    public void Tags_no_answer_uses_get_no_page()
    {
        var unused = sample.Content.Tags.Select(t => t.Id).Except(sample.Content.TagCounts().Keys).ToList();
        foreach (var id in unused) Assert.False(sample.Built.Exists($"tags/{id}/index.html"), $"tag {id} has no answers but has a page");
    }

    [Fact]
    public void Drafts_are_left_out_by_default()
    {
        var drafts = sample.Content.Answers.Where(a => a.Draft).ToList();
        Assert.NotEmpty(drafts); // the sample holds a draft, or this test proves nothing
        foreach (var draft in drafts)
        {
            Assert.False(sample.Built.Exists($"answers/{draft.Slug}/index.html"), $"draft {draft.Slug} was built");
            Assert.DoesNotContain($"/answers/{draft.Slug}/", sample.Built.Text("sitemap.xml"));
            Assert.DoesNotContain($"/answers/{draft.Slug}/", sample.Built.Text("feed.xml"));
        }
    }

    [Fact]
    public void Drafts_are_built_with_the_drafts_option()
    {
        using var site = TempSite.FromSample();
        site.BuildClean(drafts: true);
        var drafts = site.Content.Answers.Where(a => a.Draft).ToList();
        Assert.NotEmpty(drafts);
        foreach (var draft in drafts)
        {
            var page = site.Built.Page($"answers/{draft.Slug}/index.html");
            Assert.Equal(draft.Title, BuiltSite.TextOf(page.QuerySelector("h1")!));
        }
        // With drafts, each draft's tags count it too.
        var counts = site.Content.TagCounts(drafts: true);
        foreach (var tag in drafts.SelectMany(d => d.Tags).Distinct())
            Assert.True(site.Built.Exists($"tags/{tag}/index.html") && counts[tag] > 0);
    }
}
