using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>What an answer page shows, checked for every published answer of the sample against its front matter.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class AnswerPageTests(SampleSiteFixture sample)
{
    public static TheoryData<string> Slugs() => AnswerJsonLdTests.Slugs();

    [GeneratedRegex(@"(\d+)\s*min(ute)?s?\s+read", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    private (AnswerFacts Answer, IHtmlDocument Page, IElement Main) Load(string slug)
    {
        var answer = sample.Content.Published().Single(a => a.Slug == slug);
        var page = sample.Built.Page($"answers/{slug}/index.html");
        return (answer, page, page.QuerySelector("main") ?? throw new Xunit.Sdk.XunitException($"answers/{slug}/ has no main element"));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Heading_is_the_title(string slug)
    {
        var (answer, page, _) = Load(slug);
        Assert.Equal(answer.Title, BuiltSite.TextOf(page.QuerySelector("h1")!));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void With_tags_alone_the_tag_list_needs_no_label(string slug)
    {
        var (_, _, main) = Load(slug);
        Assert.Single(main.QuerySelectorAll("header ul.tags"));
        Assert.Empty(main.QuerySelectorAll(".tags-label, ul.tags[aria-label]"));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Question_is_shown_with_the_askers_name_and_location(string slug)
    {
        var (answer, _, main) = Load(slug);
        var firstQuestionLine = answer.Question.Split('\n')[0].Trim();
        Assert.Contains(firstQuestionLine, BuiltSite.TextOf(main));
        Assert.NotNull(answer.AskerName);
        var asker = main.QuerySelectorAll("p").Select(BuiltSite.TextOf)
            .Where(t => t.Contains(answer.AskerName!, StringComparison.Ordinal) && (answer.AskerLocation is null || t.Contains(answer.AskerLocation, StringComparison.Ordinal)));
        Assert.NotEmpty(asker);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Byline_names_the_expert_and_links_to_their_page(string slug)
    {
        var (answer, _, main) = Load(slug);
        var expert = sample.Content.Expert(answer.Expert);
        var links = main.QuerySelectorAll($"a[href='/experts/{expert.Id}/']");
        Assert.Contains(links, a => BuiltSite.TextOf(a) == expert.Name);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void The_experts_credentials_come_before_the_answer(string slug)
    {
        var (answer, _, main) = Load(slug);
        var expert = sample.Content.Expert(answer.Expert);
        Assert.NotEmpty(expert.Credentials);
        // Document order: every element, depth first, as a reader meets them.
        var order = main.QuerySelectorAll("*").ToList();
        var body = main.QuerySelector(".answer-body") ?? throw new Xunit.Sdk.XunitException("no answer body");
        foreach (var credential in expert.Credentials)
        {
            var first = order.FindIndex(e => e.Children.Length == 0 && BuiltSite.TextOf(e).Contains(credential, StringComparison.Ordinal));
            Assert.True(first >= 0 && first < order.IndexOf(body), $"'{credential}' is not shown before the answer on answers/{slug}/");
        }
        var byline = main.QuerySelector(".answer-byline")!;
        Assert.NotNull(byline.QuerySelector("img.avatar, .avatar-initials[aria-hidden='true']"));
        Assert.Contains(byline.QuerySelectorAll($"a[href='/experts/{expert.Id}/']"), a => BuiltSite.TextOf(a) == expert.Name);
        Assert.Contains(expert.Role, BuiltSite.TextOf(byline), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Published_date_is_in_a_time_element(string slug)
    {
        var (answer, _, main) = Load(slug);
        var iso = answer.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var time = main.QuerySelectorAll("time").FirstOrDefault(t => t.GetAttribute("datetime") == iso);
        Assert.NotNull(time);
        var culture = CultureInfo.GetCultureInfo(sample.Content.Site.Language);
        Assert.Equal(answer.Date.ToString("d MMMM yyyy", culture), BuiltSite.TextOf(time));
        if (answer.Updated is { } updated)
            Assert.Contains(main.QuerySelectorAll("time"), t => t.GetAttribute("datetime") == updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Reading_time_is_shown_and_fits_the_length(string slug)
    {
        var (answer, _, main) = Load(slug);
        var match = ReadingTime().Match(BuiltSite.TextOf(main));
        Assert.True(match.Success, "no reading time on the page");
        // About 200 words a minute over question and answer; Markdown syntax makes the raw count a little high.
        var words = (answer.Question + " " + answer.Body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var expected = Math.Max(1, (int)Math.Ceiling(words / 200.0));
        Assert.InRange(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), expected - 1, expected + 1);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Tags_are_links_to_their_pages(string slug)
    {
        var (answer, _, main) = Load(slug);
        foreach (var id in answer.Tags)
            Assert.Contains(main.QuerySelectorAll($"a[href='/tags/{id}/']"), a => BuiltSite.TextOf(a) == sample.Content.Tag(id).Name);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Exercises_link_out_with_noopener(string slug)
    {
        var (answer, _, main) = Load(slug);
        foreach (var exercise in answer.Exercises)
        {
            var link = main.QuerySelectorAll("a").FirstOrDefault(a => a.GetAttribute("href") == exercise.Url);
            Assert.NotNull(link);
            Assert.Equal(exercise.Title, BuiltSite.TextOf(link));
            Assert.Contains("noopener", (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public void The_sample_has_exercises_to_check()
    {
        Assert.Contains(sample.Content.Published(), a => a.Exercises.Count > 0);
    }

    /// <summary>The answers in the section headed "Related ...".</summary>
    private static IReadOnlyList<string> Related(IElement main)
    {
        var section = main.QuerySelectorAll("section, aside, nav")
            .SingleOrDefault(s => s.QuerySelector("h2") is { } h && BuiltSite.TextOf(h).Contains("Related", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(section);
        return BuiltSite.Hrefs(section, "a[href^='/answers/']");
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Three_to_five_related_answers_share_tags(string slug)
    {
        var (answer, _, main) = Load(slug);
        var published = sample.Content.Published();
        var sharing = published.Where(a => a.Slug != slug && a.Tags.Intersect(answer.Tags).Any()).Select(a => $"/answers/{a.Slug}/").ToHashSet();
        var related = Related(main);

        Assert.InRange(related.Count, 3, 5);
        Assert.DoesNotContain($"/answers/{slug}/", related);
        Assert.All(related, r => Assert.Contains(r, published.Select(a => $"/answers/{a.Slug}/")));
        // Answers sharing tags come first; others fill up to three only when too few share a tag.
        Assert.Equal(Math.Min(5, sharing.Count), related.Count(sharing.Contains));
        Assert.Equal(Math.Max(3, Math.Min(5, sharing.Count)), related.Count);
        // In order: most shared tags first, the newest first among equals.
        var ranked = published.Select((a, i) => (Url: $"/answers/{a.Slug}/", Shared: a.Tags.Intersect(answer.Tags).Count(), Position: i))
            .Where(x => x.Shared > 0 && x.Url != $"/answers/{slug}/").OrderByDescending(x => x.Shared).ThenBy(x => x.Position).Select(x => x.Url).Take(5);
        Assert.Equal(ranked, related.Where(sharing.Contains));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Previous_and_next_link_to_the_older_and_newer_answers(string slug)
    {
        var (_, _, main) = Load(slug);
        var published = sample.Content.Published(); // newest first
        var i = published.ToList().FindIndex(a => a.Slug == slug);
        var older = i + 1 < published.Count ? $"/answers/{published[i + 1].Slug}/" : null;
        var newer = i > 0 ? $"/answers/{published[i - 1].Slug}/" : null;
        Assert.Equal(older, main.QuerySelector("a[rel~=prev]")?.GetAttribute("href"));
        Assert.Equal(newer, main.QuerySelector("a[rel~=next]")?.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Disclaimer_from_site_yml_is_shown(string slug)
    {
        var (_, page, _) = Load(slug);
        Assert.False(string.IsNullOrEmpty(sample.Content.Site.Disclaimer));
        Assert.Contains(sample.Content.Site.Disclaimer, BuiltSite.TextOf(page.Body!));
    }
}
