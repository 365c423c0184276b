using System.Xml.Linq;
using AngleSharp.Html.Parser;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Artifacts;

/// <summary>/feed.xml is an Atom feed of the newest answers.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class FeedTests(SampleSiteFixture sample)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Feed_is_atom_with_the_newest_answers_first()
    {
        var feed = sample.Built.Xml("feed.xml").Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(sample.Content.Site.Title, feed.Element(Atom + "title")?.Value);
        var expected = sample.Content.Published().Take(20).ToList();
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(expected.Count, entries.Count);
        for (var i = 0; i < expected.Count; i++) AssertEntry(entries[i], expected[i], sample.Content.Site.BaseUrl);
    }

    [Fact]
    public void Feed_content_is_escaped_html_of_the_answer()
    {
        var parser = new HtmlParser();
        foreach (var entry in sample.Built.Xml("feed.xml").Root!.Elements(Atom + "entry"))
        {
            var html = parser.ParseDocument(entry.Element(Atom + "content")!.Value);
            Assert.NotEmpty(html.QuerySelectorAll("p"));
            Assert.Empty(html.QuerySelectorAll("script"));
        }
    }

    [Fact]
    public void Feed_holds_at_most_twenty_entries()
    {
        using var site = TempSite.FromFixture("minimal");
        var template = site.ReadInput("answers/2026/sore-knees.md");
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 23; i++)
        {
            var date = start.AddDays(i * 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            site.WriteInput($"answers/2024/extra-{i:00}.md", template
                .Replace("title: Why do my knees get sore a few miles in?", $"title: Extra question number {i}", StringComparison.Ordinal)
                .Replace("date: 2026-03-02", $"date: {date}", StringComparison.Ordinal));
        }
        site.BuildClean();

        var content = site.Content;
        Assert.True(content.Published().Count > 20);
        var entries = site.Built.Xml("feed.xml").Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        var expected = content.Published().Take(20).ToList();
        for (var i = 0; i < 20; i++) AssertEntry(entries[i], expected[i], content.Site.BaseUrl);
    }

    /// <summary>
    /// YAML's double-quoted escapes let an author put a control character in a title ("\a", or one pasted in).
    /// XML 1.0 cannot hold most of them, so the build must drop them or report the title; it must not crash.
    /// </summary>
    [Fact]
    public void Control_character_in_a_title_does_not_crash_the_build()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "title: Why do my knees get sore a few miles in?", "title: \"Why do my knees get sore\\a a few miles in?\"");
        Assert.Contains('\a', site.Content.Answers.Single(a => a.Slug == "sore-knees").Title);

        var result = site.Build();

        if (result.Succeeded)
        {
            var entries = site.Built.Xml("feed.xml").Root!.Elements(Atom + "entry");
            Assert.Contains(entries, e => e.Element(Atom + "title")!.Value.StartsWith("Why do my knees get sore", StringComparison.Ordinal));
        }
        else
        {
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(Path.GetFullPath(site.InputPath("answers/2026/sore-knees.md")), Path.GetFullPath(error.Location.Path));
        }
    }

    [Fact]
    public void Feed_is_valid_atom() => Assert.Empty(AtomChecks.Problems(sample.Built.Xml("feed.xml")));

    [Fact]
    public void An_entry_is_updated_on_its_latest_correction()
    {
        using var site = TempSite.FromFixture("trust");
        site.BuildClean();
        var content = site.Content;
        // The fixture's corrections come after the answers' dates and their updated: dates.
        Assert.Contains(content.Published(), a => TrustFacts.Of(a).CorrectionDates.Any(d => d > (a.Updated ?? a.Date)));
        var entries = site.Built.Xml("feed.xml").Root!.Elements(Atom + "entry").ToList();
        foreach (var (answer, entry) in content.Published().Zip(entries))
        {
            Assert.Equal(new Uri(content.Site.BaseUrl, $"answers/{answer.Slug}/").AbsoluteUri, entry.Element(Atom + "id")!.Value);
            Assert.Equal(TrustFacts.LastModified(answer), AtomChecks.Updated(entry));
        }
    }

    [Fact]
    public void Entry_headings_are_the_themes_words_in_the_sites_language()
    {
        using var site = TempSite.FromSample();
        site.Replace("site.yml", "language: en-GB", "language: de");
        site.BuildClean();
        var strings = RunnersQA.Tests.Support.ContentFacts.Yaml.Load(File.ReadAllText(Path.Combine(Repository.DefaultTheme, "i18n", "de.yml")));
        var answerWords = (YamlDotNet.RepresentationModel.YamlMappingNode)strings[new YamlDotNet.RepresentationModel.YamlScalarNode("answer")];
        var question = RunnersQA.Tests.Support.ContentFacts.Yaml.Text(answerWords, "question")!;
        var answers = RunnersQA.Tests.Support.ContentFacts.Yaml.Text(answerWords, "answers")!;
        var parser = new HtmlParser();
        foreach (var entry in site.Built.Xml("feed.xml").Root!.Elements(Atom + "entry"))
        {
            var headings = parser.ParseDocument(entry.Element(Atom + "content")!.Value).QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
            // The question's heading, then the answer's (the body may have headings of its own after it).
            Assert.Equal(question, headings[0]);
            Assert.Equal(answers.Replace("{name}", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value, StringComparison.Ordinal), headings[1]);
        }
    }

    private static void AssertEntry(XElement entry, AnswerFacts answer, Uri baseUrl)
    {
        var url = new Uri(baseUrl, $"answers/{answer.Slug}/").AbsoluteUri;
        Assert.Equal(answer.Title, entry.Element(Atom + "title")?.Value);
        Assert.Equal(url, entry.Element(Atom + "id")?.Value);
        var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate");
        Assert.Equal(url, (string?)link.Attribute("href"));
        var content = entry.Element(Atom + "content");
        Assert.NotNull(content);
        Assert.Equal("html", (string?)content.Attribute("type"));
        Assert.False(string.IsNullOrWhiteSpace(content.Value));
        Assert.StartsWith(answer.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.Element(Atom + "published")?.Value);
    }
}
