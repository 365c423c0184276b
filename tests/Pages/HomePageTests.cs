using AngleSharp.Dom;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>The home page: the newest answer as the lead, the latest after it, every expert, popular tags and a call to ask.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class HomePageTests(SampleSiteFixture sample)
{
    private IElement Main => sample.Built.Page("index.html").QuerySelector("main")!;

    [Fact]
    public void The_h1_says_what_the_site_is_for_not_its_name()
    {
        var h1 = BuiltSite.TextOf(Assert.Single(Main.QuerySelectorAll("h1")));
        Assert.Equal("Expert answers to runners' questions", h1); // the sample's tagline
        Assert.DoesNotContain(sample.Content.Site.Title, h1);
    }

    [Fact]
    public void The_lead_is_the_newest_answer_with_its_summary_and_expert()
    {
        var newest = sample.Content.Published()[0];
        var lead = Main.QuerySelector(".lead")!;
        Assert.Equal($"/answers/{newest.Slug}/", lead.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal(newest.Title, BuiltSite.TextOf(lead.QuerySelector("h2")!));
        Assert.NotNull(newest.Summary);
        Assert.Contains(newest.Summary!.Trim(), BuiltSite.TextOf(lead), StringComparison.Ordinal);
        var expert = sample.Content.Expert(newest.Expert);
        Assert.Contains(lead.QuerySelectorAll($"a[href='/experts/{expert.Id}/']"), a => BuiltSite.TextOf(a) == expert.Name);
        Assert.NotNull(lead.QuerySelector("img.avatar, .avatar-initials"));
    }

    [Fact]
    public void The_latest_answers_follow_the_lead_and_fill_the_first_archive_page()
    {
        var expected = sample.Content.Published().Skip(1).Take(sample.Content.Site.PerPage - 1).Select(a => $"/answers/{a.Slug}/");
        var latest = Main.QuerySelector(".latest")!;
        Assert.Equal(expected, BuiltSite.Hrefs(latest, "h3 a[href^='/answers/']"));
    }

    [Fact]
    public void Every_expert_is_shown_with_a_photo_or_initials_and_linked()
    {
        var strip = Main.QuerySelector(".experts-strip")!;
        foreach (var expert in sample.Content.Experts)
        {
            var link = Assert.Single(strip.QuerySelectorAll($"a[href='/experts/{expert.Id}/']"));
            Assert.Contains(expert.Name, BuiltSite.TextOf(link), StringComparison.Ordinal);
            if (expert.Photo is null)
            {
                var initials = Assert.Single(link.QuerySelectorAll(".avatar-initials"));
                Assert.Equal("true", initials.GetAttribute("aria-hidden"));
                Assert.Matches("^avatar-tone-[0-5]$", initials.ClassList.Single(c => c.StartsWith("avatar-tone-", StringComparison.Ordinal)));
                Assert.Equal(RunnersQA.Model.Expert.InitialsOf(expert.Name, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), initials.TextContent);
            }
            else
            {
                Assert.EndsWith("/" + expert.Photo, Assert.Single(link.QuerySelectorAll("img.avatar")).GetAttribute("src"), StringComparison.Ordinal);
            }
        }
        Assert.Contains(sample.Content.Experts, e => e.Photo is null);
        Assert.Contains(sample.Content.Experts, e => e.Photo is not null);
    }

    [Fact]
    public void Popular_tags_and_a_call_to_ask_close_the_page()
    {
        Assert.NotEmpty(Main.QuerySelectorAll(".topics a[href^='/tags/'] .count"));
        var ask = Main.QuerySelector(".ask-call")!;
        Assert.NotNull(ask.QuerySelector("h2"));
        Assert.NotNull(ask.QuerySelector("a[href='/ask/']"));
    }

    [Fact]
    public void Archive_pages_stay_plain_lists()
    {
        var page2 = sample.Built.Page("page/2/index.html").QuerySelector("main")!;
        Assert.Empty(page2.QuerySelectorAll(".lead, .experts-strip, .ask-call"));
        var expected = sample.Content.Published().Skip(sample.Content.Site.PerPage).Take(sample.Content.Site.PerPage).Select(a => $"/answers/{a.Slug}/");
        Assert.Equal(expected, BuiltSite.Hrefs(page2, "h3 a[href^='/answers/']"));
    }

    [Fact]
    public void Experts_without_a_photo_get_initials_wherever_a_photo_would_be()
    {
        var withoutPhoto = sample.Content.Experts.First(e => e.Photo is null);
        var answer = sample.Content.Published().First(a => a.Expert == withoutPhoto.Id);
        foreach (var file in new[] { "experts/index.html", $"experts/{withoutPhoto.Id}/index.html", $"answers/{answer.Slug}/index.html" })
        {
            var main = sample.Built.Page(file).QuerySelector("main")!;
            Assert.NotEmpty(main.QuerySelectorAll(".avatar-initials[aria-hidden='true']"));
            Assert.Empty(main.QuerySelectorAll("[style]"));
        }
    }
}
