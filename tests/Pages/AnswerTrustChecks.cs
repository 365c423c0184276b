using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// What tells readers whom to trust, checked on every answer and expert of a built site against its front matter:
/// the review line, disclosures, registration, sources, corrections and the see-a-clinician callout. Run on the
/// sample (<see cref="SampleTrustTests"/>) and on the trust fixture (<see cref="FixtureTrustTests"/>).
/// </summary>
public abstract class AnswerTrustChecks
{
    private protected abstract ContentFacts Content { get; }

    private protected abstract BuiltSite Built { get; }

    private IHtmlDocument AnswerPage(AnswerFacts answer) => Built.Page($"answers/{answer.Slug}/index.html");

    private IHtmlDocument ExpertPage(ExpertFacts expert) => Built.Page($"experts/{expert.Id}/index.html");

    private string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(Content.Site.Language));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The expert who reviewed it, when the front matter makes a review the site shows: another expert, and a date.</summary>
    private ExpertFacts? ReviewerOf(AnswerFacts answer) =>
        answer is { ReviewedBy: { } by, Reviewed: not null } && by != answer.Expert ? Content.Experts.SingleOrDefault(e => e.Id == by) : null;

    /// <summary>Every element of the page's main, depth first: the order a reader meets them.</summary>
    private static List<IElement> Order(IHtmlDocument page) => [.. page.QuerySelector("main")!.QuerySelectorAll("*")];

    [Fact]
    public void The_site_has_each_thing_to_check()
    {
        var published = Content.Published();
        Assert.Contains(published, a => ReviewerOf(a) is not null);
        Assert.Contains(published, a => ReviewerOf(a) is null);
        Assert.Contains(published, a => a.Corrections.Count > 0);
        Assert.Contains(published, a => a.Sources.Any(s => s.Doi is not null) && a.Sources.Any(s => s.Pmid is not null));
        Assert.Contains(published, a => a.Tags.Any(t => Content.Tag(t).SeeAClinician is not null));
        Assert.Contains(Content.Experts, e => e.Disclosures.Count > 0);
        Assert.Contains(Content.Experts, e => e.Registration is not null);
    }

    [Fact]
    public void A_reviewed_answer_names_its_reviewer_linked_to_their_page_with_the_date()
    {
        foreach (var answer in Content.Published())
        {
            var page = AnswerPage(answer);
            var lines = page.QuerySelectorAll("main .review-line");
            if (ReviewerOf(answer) is not { } reviewer)
            {
                Assert.Empty(lines);
                continue;
            }
            // At the top, before the question; and again with the byline at the end.
            var top = Assert.Single(page.QuerySelectorAll(".answer-header .review-line"));
            Assert.True(Order(page).IndexOf(top) < Order(page).IndexOf(page.QuerySelector(".question")!), $"{answer.Slug}: the review line is not above the question");
            Assert.Single(page.QuerySelectorAll(".byline .review-line"));
            foreach (var line in lines)
            {
                var link = Assert.Single(line.QuerySelectorAll("a"));
                Assert.Equal($"/experts/{reviewer.Id}/", link.GetAttribute("href"));
                Assert.Equal(reviewer.Name, BuiltSite.TextOf(link));
                Assert.Contains(reviewer.Role, BuiltSite.TextOf(line), StringComparison.Ordinal);
                var time = Assert.Single(line.QuerySelectorAll("time"));
                Assert.Equal(Iso(answer.Reviewed!.Value), time.GetAttribute("datetime"));
                Assert.Equal(DateText(answer.Reviewed.Value), BuiltSite.TextOf(time));
            }
        }
    }

    [Fact]
    public void A_reviewers_page_lists_the_answers_they_reviewed_newest_first()
    {
        foreach (var expert in Content.Experts)
        {
            var expected = Content.Published().Where(a => ReviewerOf(a)?.Id == expert.Id).Select(a => $"/answers/{a.Slug}/").ToList();
            var section = ExpertPage(expert).QuerySelector("section[aria-labelledby='reviewed-heading']");
            if (expected.Count == 0)
            {
                Assert.Null(section);
                continue;
            }
            Assert.NotNull(section);
            Assert.Contains(expert.Name, BuiltSite.TextOf(section.QuerySelector("#reviewed-heading")!), StringComparison.Ordinal);
            Assert.Equal(expected, BuiltSite.Hrefs(section, "a[href^='/answers/']"));
        }
    }

    [Fact]
    public void The_experts_index_counts_what_each_expert_reviewed()
    {
        var index = Built.Page("experts/index.html");
        foreach (var expert in Content.Experts)
        {
            var reviewed = Content.Published().Count(a => ReviewerOf(a)?.Id == expert.Id);
            var card = index.QuerySelectorAll(".expert-card").Single(c => c.QuerySelector($"a[href='/experts/{expert.Id}/']") is not null);
            var numbers = System.Text.RegularExpressions.Regex.Matches(BuiltSite.TextOf(card.QuerySelector(".count-line")!), @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(reviewed > 0 ? [Content.Published().Count(a => a.Expert == expert.Id), reviewed] : [Content.Published().Count(a => a.Expert == expert.Id)], numbers);
        }
    }

    [Fact]
    public void Disclosures_are_on_the_experts_page()
    {
        foreach (var expert in Content.Experts)
        {
            var section = ExpertPage(expert).QuerySelector("section[aria-labelledby='disclosures-heading']");
            if (expert.Disclosures.Count == 0)
            {
                Assert.Null(section);
                continue;
            }
            Assert.NotNull(section);
            Assert.Equal(expert.Disclosures, section.QuerySelectorAll("li").Select(BuiltSite.TextOf));
        }
    }

    [Fact]
    public void Disclosures_are_under_the_byline_of_each_of_the_experts_answers()
    {
        foreach (var answer in Content.Published())
        {
            var expert = Content.Expert(answer.Expert);
            var page = AnswerPage(answer);
            var notes = page.QuerySelectorAll("main .disclosure");
            if (expert.Disclosures.Count == 0)
            {
                Assert.Empty(notes);
                continue;
            }
            var note = Assert.Single(notes);
            Assert.NotNull(note.Closest(".answer-byline"));
            foreach (var disclosure in expert.Disclosures) Assert.Contains(disclosure, BuiltSite.TextOf(note), StringComparison.Ordinal);
            // Labelled, and not only by the disclosure's own words.
            Assert.False(string.IsNullOrWhiteSpace(BuiltSite.TextOf(Assert.Single(note.QuerySelectorAll("strong")))));
        }
    }

    [Fact]
    public void Registration_names_the_register_and_number_and_links_the_entry_when_given()
    {
        foreach (var expert in Content.Experts)
        {
            var shown = ExpertPage(expert).QuerySelectorAll("main .registration");
            if (expert.Registration is not { } registration)
            {
                Assert.Empty(shown);
                continue;
            }
            var line = Assert.Single(shown);
            Assert.Contains(registration.Body, BuiltSite.TextOf(line), StringComparison.Ordinal);
            Assert.Contains(registration.Number, BuiltSite.TextOf(line), StringComparison.Ordinal);
            var links = line.QuerySelectorAll("a");
            if (registration.Url is null)
            {
                Assert.Empty(links);
                continue;
            }
            var link = Assert.Single(links);
            Assert.Equal(registration.Url, link.GetAttribute("href"));
            Assert.Contains(registration.Number, BuiltSite.TextOf(link), StringComparison.Ordinal);
            Assert.Contains("noopener", (link.GetAttribute("rel") ?? "").Split(' '));
        }
    }

    [Fact]
    public void Sources_are_a_numbered_list_after_the_answer_with_doi_and_pubmed_links()
    {
        foreach (var answer in Content.Published())
        {
            var page = AnswerPage(answer);
            var section = page.QuerySelector("main section[aria-labelledby='sources-heading']");
            if (answer.Sources.Count == 0)
            {
                Assert.Null(section);
                continue;
            }
            Assert.NotNull(section);
            Assert.True(Order(page).IndexOf(section) > Order(page).IndexOf(page.QuerySelector(".answer-body")!), $"{answer.Slug}: sources come before the answer");
            var items = Assert.Single(section.QuerySelectorAll("ol")).Children.ToList();
            Assert.Equal(answer.Sources.Count, items.Count);
            foreach (var (source, item) in answer.Sources.Zip(items))
            {
                var links = item.QuerySelectorAll("a").ToList();
                Assert.Equal(source.Url, links[0].GetAttribute("href"));
                Assert.Equal(source.Title, BuiltSite.TextOf(links[0]));
                var expected = new List<(string Href, string Text)> { (source.Url, source.Title) };
                if (source.Doi is { } doi) expected.Add(($"https://doi.org/{doi}", doi));
                if (source.Pmid is { } pmid) expected.Add(($"https://pubmed.ncbi.nlm.nih.gov/{pmid}/", pmid));
                Assert.Equal(expected, links.Select(a => (a.GetAttribute("href")!, BuiltSite.TextOf(a))));
                Assert.All(links, a => Assert.Contains("noopener", (a.GetAttribute("rel") ?? "").Split(' ')));
            }
        }
    }

    [Fact]
    public void Corrections_close_the_answer_oldest_first_each_dated_with_its_own_anchor()
    {
        foreach (var answer in Content.Published())
        {
            var page = AnswerPage(answer);
            var shown = page.QuerySelectorAll("main .correction").ToList();
            var expected = answer.Corrections.OrderBy(c => c.Date).ToList();
            Assert.Equal(expected.Count, shown.Count);
            if (expected.Count == 0) continue;
            var order = Order(page);
            var lastOfBody = page.QuerySelectorAll(".answer-body .prose *").Select(e => order.IndexOf(e)).Max();
            foreach (var (correction, element) in expected.Zip(shown))
            {
                Assert.True(order.IndexOf(element) > lastOfBody, $"{answer.Slug}: a correction is not after the answer's text");
                Assert.NotNull(element.Closest(".answer-body"));
                Assert.EndsWith(correction.Text, BuiltSite.TextOf(element), StringComparison.Ordinal);
                var time = Assert.Single(element.QuerySelectorAll("time"));
                Assert.Equal(Iso(correction.Date), time.GetAttribute("datetime"));
                Assert.Equal(DateText(correction.Date), BuiltSite.TextOf(time));
                Assert.False(string.IsNullOrEmpty(element.Id));
                Assert.Same(element, page.GetElementById(element.Id!));
            }
            Assert.Equal(shown.Count, shown.Select(e => e.Id).Distinct().Count());
        }
    }

    [Fact]
    public void See_a_clinician_notes_are_one_note_above_the_disclaimer_each_note_once()
    {
        foreach (var answer in Content.Published())
        {
            var page = AnswerPage(answer);
            var expected = answer.Tags.Select(t => Content.Tag(t).SeeAClinician).OfType<string>().Distinct().ToList();
            var callouts = page.QuerySelectorAll("main [role='note']");
            if (expected.Count == 0)
            {
                Assert.Empty(callouts);
                continue;
            }
            var callout = Assert.Single(callouts);
            var label = page.GetElementById(callout.GetAttribute("aria-labelledby") ?? "");
            Assert.NotNull(label);
            Assert.True(callout.Contains(label));
            Assert.False(string.IsNullOrWhiteSpace(BuiltSite.TextOf(label)));
            Assert.Equal(expected, callout.QuerySelectorAll("p").Where(p => p != label).Select(BuiltSite.TextOf));
            // Right above the disclaimer.
            Assert.Same(page.QuerySelector("main .disclaimer"), callout.NextElementSibling);
        }
    }
}

/// <summary><see cref="AnswerTrustChecks"/> on the sample site.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleTrustTests(SampleSiteFixture sample) : AnswerTrustChecks
{
    private protected override ContentFacts Content => sample.Content;
    private protected override BuiltSite Built => sample.Built;
}

/// <summary><see cref="AnswerTrustChecks"/> on tests/Fixtures/trust/: shared notes, corrections of one day, a registration without a link.</summary>
public sealed class FixtureTrustTests(TrustSiteFixture trust) : AnswerTrustChecks, IClassFixture<TrustSiteFixture>
{
    private protected override ContentFacts Content => trust.Content;
    private protected override BuiltSite Built => trust.Built;

    [Fact]
    public void The_fixture_has_shared_notes_same_day_corrections_and_an_unlinked_registration()
    {
        Assert.Contains(Content.Published(), a => a.Tags.Select(t => Content.Tag(t).SeeAClinician).OfType<string>().Count() > a.Tags.Select(t => Content.Tag(t).SeeAClinician).OfType<string>().Distinct().Count());
        Assert.Contains(Content.Published(), a => a.Corrections.GroupBy(c => c.Date).Any(g => g.Count() > 1));
        Assert.Contains(Content.Experts, e => e.Registration is { Url: null });
        Assert.Contains(Content.Experts, e => e.Disclosures.Count > 1);
    }
}
