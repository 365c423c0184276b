using System.Globalization;
using RunnersQA.Tests.Pages;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Artifacts;

/// <summary>/corrections/feed.xml: an Atom feed of every correction, newest first, each entry's id its place on the answer.</summary>
public sealed class CorrectionsFeedTests(TrustSiteFixture trust) : IClassFixture<TrustSiteFixture>
{
    private static readonly System.Xml.Linq.XNamespace Atom = AtomChecks.Atom;

    [Fact]
    public void The_feed_is_valid_atom()
    {
        var feed = trust.Built.Xml("corrections/feed.xml");
        Assert.Empty(AtomChecks.Problems(feed));
        Assert.Equal(new Uri(trust.Content.Site.BaseUrl, "corrections/feed.xml").AbsoluteUri,
            (string?)feed.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href"));
        // Not the site's feed: another id.
        Assert.NotEqual(trust.Built.Xml("feed.xml").Root!.Element(Atom + "id")!.Value, feed.Root.Element(Atom + "id")!.Value);
    }

    [Fact]
    public void Each_correction_is_an_entry_newest_first_updated_on_its_date_with_a_unique_id_at_its_anchor()
    {
        var expected = CorrectionsPageTests.Expected(trust.Content);
        var root = trust.Built.Xml("corrections/feed.xml").Root!;
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(expected.Count, entries.Count);
        foreach (var ((answer, correction), entry) in expected.Zip(entries))
        {
            Assert.Equal(correction.Date, AtomChecks.Updated(entry));
            Assert.Contains(answer.Title, entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
            Assert.Equal(correction.Text, entry.Element(Atom + "summary")!.Value);
            Assert.Equal(trust.Content.Expert(answer.Expert).Name, entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            var id = new Uri(entry.Element(Atom + "id")!.Value);
            Assert.Equal(new Uri(trust.Content.Site.BaseUrl, $"answers/{answer.Slug}/").AbsoluteUri, id.GetLeftPart(UriPartial.Path));
            Assert.Equal(id.AbsoluteUri, (string?)entry.Element(Atom + "link")!.Attribute("href"));
            var target = trust.Built.Page($"answers/{answer.Slug}/index.html").GetElementById(id.Fragment.TrimStart('#'));
            Assert.NotNull(target);
            Assert.EndsWith(correction.Text, BuiltSite.TextOf(target), StringComparison.Ordinal);
        }
        Assert.Equal(expected.Max(e => e.Correction.Date), AtomChecks.Updated(root));
    }

    [Fact]
    public void An_entrys_id_stays_when_a_later_correction_is_added()
    {
        using var site = TempSite.FromFixture("trust");
        site.BuildClean();
        var before = Ids(site);
        site.Replace("answers/2026/sore-knees.md", "corrections:\n", "corrections:\n  - date: 2026-04-01\n    text: An earlier version gave the wrong week for the first long run.\n");
        site.BuildClean();
        var after = Ids(site);

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Empty(before.Except(after));
        Assert.Equal(new DateOnly(2026, 4, 1), AtomChecks.Updated(site.Built.Xml("corrections/feed.xml").Root!));
    }

    private static List<string> Ids(TempSite site) =>
        [.. site.Built.Xml("corrections/feed.xml").Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
}
