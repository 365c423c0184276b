using System.Globalization;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>/corrections/: every correction of a published answer, newest first, linked to its place on the answer; its feed; the footer link.</summary>
public sealed class CorrectionsPageTests(TrustSiteFixture trust) : IClassFixture<TrustSiteFixture>
{
    private const string PageFile = "corrections/index.html";

    /// <summary>Every correction of a published answer, newest first; those of one day in the order of the answers (newest first), then as written.</summary>
    internal static List<(AnswerFacts Answer, (DateOnly Date, string Text) Correction)> Expected(ContentFacts content) =>
        [.. content.Published().SelectMany(a => TrustFacts.Of(a).Corrections.Select(c => (a, c))).OrderByDescending(x => x.c.Date)];

    [Fact]
    public void Corrections_are_listed_newest_first_each_linked_to_its_place_on_the_answer()
    {
        var expected = Expected(trust.Content);
        Assert.True(expected.Select(e => e.Answer.Slug).Distinct().Count() > 1 && expected.GroupBy(e => e.Correction.Date).Any(g => g.Count() > 1));
        var entries = trust.Built.Page(PageFile).QuerySelectorAll("main .correction-entry").ToList();
        Assert.Equal(expected.Count, entries.Count);
        foreach (var ((answer, correction), entry) in expected.Zip(entries))
        {
            var time = Assert.Single(entry.QuerySelectorAll("time"));
            Assert.Equal(correction.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
            var link = Assert.Single(entry.QuerySelectorAll("a"));
            Assert.Equal(answer.Title, BuiltSite.TextOf(link));
            var href = link.GetAttribute("href")!;
            Assert.StartsWith($"/answers/{answer.Slug}/#", href, StringComparison.Ordinal);
            Assert.Contains(correction.Text, BuiltSite.TextOf(entry), StringComparison.Ordinal);
            // The anchor is the correction itself on the answer's page.
            var target = trust.Built.Page($"answers/{answer.Slug}/index.html").GetElementById(href[(href.IndexOf('#') + 1)..]);
            Assert.NotNull(target);
            Assert.EndsWith(correction.Text, BuiltSite.TextOf(target), StringComparison.Ordinal);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.QuerySelector("a")!.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public void The_page_names_its_feed_in_its_head_and_links_it_visibly()
    {
        var page = trust.Built.Page(PageFile);
        var alternates = page.QuerySelectorAll("head link[rel='alternate'][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/corrections/feed.xml", alternates);
        Assert.Contains("/feed.xml", alternates);
        var visible = Assert.Single(page.QuerySelectorAll("main a[href='/corrections/feed.xml']"));
        Assert.False(string.IsNullOrWhiteSpace(BuiltSite.TextOf(visible)));
        Assert.True(trust.Built.Exists("corrections/feed.xml"));
    }

    [Fact]
    public void Every_page_links_the_corrections_page_from_its_footer()
    {
        var pages = trust.Built.Pages().ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.NotNull(p.Document.QuerySelector("footer a[href='/corrections/']")));
        // Only that page carries the corrections feed in its head.
        Assert.Equal([PageFile], pages.Where(p => p.Document.QuerySelector("head link[href='/corrections/feed.xml']") is not null).Select(p => p.File));
    }

    [Fact]
    public void Without_corrections_the_page_says_so_and_its_feed_is_empty()
    {
        using var site = TempSite.FromFixture("minimal");
        Assert.All(site.Content.Answers, a => Assert.Empty(TrustFacts.Of(a).Corrections));
        site.BuildClean();

        var main = site.Built.Page(PageFile).QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll(".correction-entry, a[href^='/answers/']"));
        var lede = main.QuerySelector(".lede")!;
        var feedLink = main.QuerySelector("a[href='/corrections/feed.xml']")!;
        Assert.Contains(main.QuerySelectorAll("p"), p => p != lede && !p.Contains(feedLink) && BuiltSite.TextOf(p).Length > 20);
        var feed = site.Built.Xml("corrections/feed.xml");
        Assert.Empty(AtomChecks.Problems(feed));
        Assert.Empty(feed.Root!.Elements(AtomChecks.Atom + "entry"));
    }
}
