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

    /// <summary>The input folder that was built, for what <see cref="TrustFacts"/> reads.</summary>
    private protected abstract string Input { get; }

    private IReadOnlyList<string> DisclosuresOf(ExpertFacts expert) => TrustFacts.DisclosuresOf(Input, expert.Id);

    private (string Body, string Number, string? Url)? RegistrationOf(ExpertFacts expert) => TrustFacts.RegistrationOf(Input, expert.Id);

    /// <summary>The distinct see-a-clinician notes of an answer's tags, in the order of its tags.</summary>
    private List<string> NotesOf(AnswerFacts answer)
    {
        var notes = TrustFacts.ClinicianNotes(Input);
        return [.. answer.Tags.Select(t => notes.GetValueOrDefault(t)).OfType<string>().Distinct()];
    }

    private IHtmlDocument AnswerPage(AnswerFacts answer) => Built.Page($"answers/{answer.Slug}/index.html");

    private IHtmlDocument ExpertPage(ExpertFacts expert) => Built.Page($"experts/{expert.Id}/index.html");

    private string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(Content.Site.Language));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The expert who reviewed it, when the front matter makes a review the site shows: another expert, and a date.</summary>
    private ExpertFacts? ReviewerOf(AnswerFacts answer) =>
        TrustFacts.Of(answer) is { ReviewedBy: { } by, Reviewed: not null } && by != answer.Expert ? Content.Experts.SingleOrDefault(e => e.Id == by) : null;

    /// <summary>The one element found when the content calls for it; when it does not, asserts that none was found and gives null.</summary>
    private static IElement? TheOneIf(bool expected, IEnumerable<IElement> found)
    {
        if (expected) return Assert.Single(found);
        Assert.Empty(found);
        return null;
    }

    /// <summary>Every element of the page's main, depth first: the order a reader meets them.</summary>
    private static List<IElement> Order(IHtmlDocument page) => [.. page.QuerySelector("main")!.QuerySelectorAll("*")];

    [Fact]
    public void The_site_has_each_thing_to_check()
    {
        var published = Content.Published();
        Assert.Contains(published, a => ReviewerOf(a) is not null);
        Assert.Contains(published, a => ReviewerOf(a) is null);
        Assert.Contains(published, a => TrustFacts.Of(a).Corrections.Count > 0);
        Assert.Contains(published, a => TrustFacts.Of(a).Sources is var sources && sources.Any(s => s.Doi is not null) && sources.Any(s => s.PubMedId is not null));
        Assert.Contains(published, a => NotesOf(a).Count > 0);
        Assert.Contains(Content.Experts, e => DisclosuresOf(e).Count > 0);
        Assert.Contains(Content.Experts, e => RegistrationOf(e) is not null);
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
                var reviewed = TrustFacts.Of(answer).Reviewed!.Value;
                Assert.Equal(Iso(reviewed), time.GetAttribute("datetime"));
                Assert.Equal(DateText(reviewed), BuiltSite.TextOf(time));
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
            var disclosures = DisclosuresOf(expert);
            if (disclosures.Count == 0)
            {
                Assert.Null(section);
                continue;
            }
            Assert.NotNull(section);
            Assert.Equal(disclosures, section.QuerySelectorAll("li").Select(BuiltSite.TextOf));
        }
    }

    [Fact]
    public void Disclosures_are_under_the_byline_of_each_of_the_experts_answers()
    {
        foreach (var answer in Content.Published())
        {
            var disclosures = DisclosuresOf(Content.Expert(answer.Expert));
            var page = AnswerPage(answer);
            if (TheOneIf(disclosures.Count > 0, page.QuerySelectorAll("main .disclosure")) is not { } note) continue;
            Assert.NotNull(note.Closest(".answer-byline"));
            foreach (var disclosure in disclosures) Assert.Contains(disclosure, BuiltSite.TextOf(note), StringComparison.Ordinal);
            // Labelled, and not only by the disclosure's own words.
            Assert.False(string.IsNullOrWhiteSpace(BuiltSite.TextOf(Assert.Single(note.QuerySelectorAll("strong")))));
        }
    }

    [Fact]
    public void Registration_names_the_register_and_number_and_links_the_entry_when_given()
    {
        foreach (var expert in Content.Experts)
        {
            var registration = RegistrationOf(expert);
            if (TheOneIf(registration is not null, ExpertPage(expert).QuerySelectorAll("main .registration")) is not { } line) continue;
            var (body, number, url) = registration!.Value;
            Assert.Contains(body, BuiltSite.TextOf(line), StringComparison.Ordinal);
            Assert.Contains(number, BuiltSite.TextOf(line), StringComparison.Ordinal);
            var links = line.QuerySelectorAll("a");
            if (url is null)
            {
                Assert.Empty(links);
                continue;
            }
            var link = Assert.Single(links);
            Assert.Equal(url, link.GetAttribute("href"));
            Assert.Contains(number, BuiltSite.TextOf(link), StringComparison.Ordinal);
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
            var sources = TrustFacts.Of(answer).Sources;
            if (sources.Count == 0)
            {
                Assert.Null(section);
                continue;
            }
            Assert.NotNull(section);
            Assert.True(Order(page).IndexOf(section) > Order(page).IndexOf(page.QuerySelector(".answer-body")!), $"{answer.Slug}: sources come before the answer");
            var items = Assert.Single(section.QuerySelectorAll("ol")).Children.ToList();
            Assert.Equal(sources.Count, items.Count);
            foreach (var (source, item) in sources.Zip(items))
            {
                var links = item.QuerySelectorAll("a").ToList();
                Assert.Equal(source.Url, links[0].GetAttribute("href"));
                Assert.Equal(source.Title, BuiltSite.TextOf(links[0]));
                var expected = new List<(string Href, string Text)> { (source.Url, source.Title) };
                if (source.Doi is { } doi) expected.Add(($"https://doi.org/{doi}", doi));
                if (source.PubMedId is { } pmid) expected.Add(($"https://pubmed.ncbi.nlm.nih.gov/{pmid}/", pmid));
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
            var expected = TrustFacts.Of(answer).Corrections.OrderBy(c => c.Date).ToList();
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
            var expected = NotesOf(answer);
            if (TheOneIf(expected.Count > 0, page.QuerySelectorAll("main [role='note']")) is not { } callout) continue;
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
    private protected override string Input => sample.Site.Input;
}

/// <summary><see cref="AnswerTrustChecks"/> on tests/Fixtures/trust/: shared notes, corrections of one day, a registration without a link.</summary>
public sealed class FixtureTrustTests(TrustSiteFixture trust) : AnswerTrustChecks, IClassFixture<TrustSiteFixture>
{
    private protected override ContentFacts Content => trust.Content;
    private protected override BuiltSite Built => trust.Built;
    private protected override string Input => trust.Site.Input;

    [Fact]
    public void The_fixture_has_shared_notes_same_day_corrections_and_an_unlinked_registration()
    {
        var notes = TrustFacts.ClinicianNotes(Input);
        Assert.Contains(Content.Published(), a => a.Tags.Count(notes.ContainsKey) > a.Tags.Where(notes.ContainsKey).Select(t => notes[t]).Distinct().Count());
        Assert.Contains(Content.Published(), a => TrustFacts.Of(a).Corrections.GroupBy(c => c.Date).Any(g => g.Count() > 1));
        Assert.Contains(Content.Experts, e => TrustFacts.RegistrationOf(Input, e.Id) is { Url: null });
        Assert.Contains(Content.Experts, e => TrustFacts.DisclosuresOf(Input, e.Id).Count > 1);
    }
}
