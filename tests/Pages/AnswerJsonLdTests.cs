using System.Globalization;
using System.Text.Json;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// Each answer page describes itself to search engines as a schema.org WebPage (a MedicalWebPage when one of its
/// tags is medical) whose main entity is the answer as an Article, with its review and its sources.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class AnswerJsonLdTests(SampleSiteFixture sample)
{
    public static TheoryData<string> Slugs()
    {
        // The sample input, read where the tests find it; each slug becomes its own test case.
        var data = new TheoryData<string>();
        foreach (var answer in ContentFacts.Read(Repository.SampleInput).Published()) data.Add(answer.Slug);
        return data;
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Answer_page_is_a_web_page_whose_main_entity_is_its_article(string slug)
    {
        var content = sample.Content;
        var answer = content.Published().Single(a => a.Slug == slug);
        var expert = content.Expert(answer.Expert);
        var page = sample.Built.Page($"answers/{slug}/index.html");
        var url = new Uri(content.Site.BaseUrl, $"answers/{slug}/").AbsoluteUri;

        var root = Assert.Single(BuiltSite.JsonLd(page)).RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        var medical = answer.Tags.Any(TrustFacts.MedicalTags(sample.Site.Input).Contains);
        Assert.Equal(medical ? "MedicalWebPage" : "WebPage", root.GetProperty("@type").GetString());
        Assert.Equal(url, root.GetProperty("url").GetString());
        Assert.Equal(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), root.GetProperty("url").GetString());
        Assert.Equal(answer.Title, root.GetProperty("name").GetString());
        Assert.Equal(content.Site.Language, root.GetProperty("inLanguage").GetString());

        var article = root.GetProperty("mainEntity");
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal(answer.Title, article.GetProperty("headline").GetString());
        var description = article.GetProperty("description").GetString();
        Assert.False(string.IsNullOrWhiteSpace(description));
        if (answer.Summary is not null) Assert.Equal(answer.Summary, description);
        Assert.Equal(BuiltSite.Meta(page, "meta[name=description]"), description);
        Assert.Equal(Iso(answer.Date), article.GetProperty("datePublished").GetString());
        Assert.Equal(Iso(TrustFacts.LastModified(answer)), article.GetProperty("dateModified").GetString());
        Assert.Equal(url, article.GetProperty("url").GetString());
        Assert.Equal(url, article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal(answer.Tags.Select(t => content.Tag(t).Name), article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        var publisher = article.GetProperty("publisher");
        Assert.Equal(content.Site.Title, publisher.GetProperty("name").GetString());
        Assert.Equal(content.Site.BaseUrl.AbsoluteUri, publisher.GetProperty("url").GetString());

        var author = article.GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal(expert.Name, author.GetProperty("name").GetString());
        Assert.Equal(expert.Role, author.GetProperty("jobTitle").GetString());
        Assert.Equal(expert.Credentials, NamedCredentials(author));
        Assert.Equal(new Uri(content.Site.BaseUrl, $"experts/{expert.Id}/").AbsoluteUri, author.GetProperty("url").GetString());

        var trust = TrustFacts.Of(answer);
        if (trust is { ReviewedBy: { } reviewerId, Reviewed: { } reviewed })
        {
            var reviewer = content.Expert(reviewerId);
            Assert.Equal(Iso(reviewed), root.GetProperty("lastReviewed").GetString());
            var reviewedBy = root.GetProperty("reviewedBy");
            Assert.Equal("Person", reviewedBy.GetProperty("@type").GetString());
            Assert.Equal(reviewer.Name, reviewedBy.GetProperty("name").GetString());
            Assert.Equal(new Uri(content.Site.BaseUrl, $"experts/{reviewer.Id}/").AbsoluteUri, reviewedBy.GetProperty("url").GetString());
        }
        else
        {
            Assert.False(root.TryGetProperty("lastReviewed", out _));
            Assert.False(root.TryGetProperty("reviewedBy", out _));
        }

        if (trust.Sources.Count > 0)
        {
            var citations = article.GetProperty("citation").EnumerateArray().ToList();
            Assert.Equal(trust.Sources.Select(s => (s.Title, s.Url)), citations.Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("url").GetString()!)));
        }
        else
        {
            Assert.False(article.TryGetProperty("citation", out _));
        }
    }

    [Fact]
    public void The_sample_has_both_kinds_of_answer_page_and_reviewed_and_sourced_answers()
    {
        // Else the theory above would check one branch of each choice only.
        var roots = sample.Content.Published().Select(a => Assert.Single(BuiltSite.JsonLd(sample.Built.Page($"answers/{a.Slug}/index.html"))).RootElement).ToList();
        Assert.Contains(roots, r => r.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Contains(roots, r => r.GetProperty("@type").GetString() == "WebPage");
        Assert.Contains(roots, r => r.TryGetProperty("reviewedBy", out _));
        Assert.Contains(roots, r => !r.TryGetProperty("reviewedBy", out _));
        Assert.Contains(roots, r => r.GetProperty("mainEntity").TryGetProperty("citation", out _));
    }

    [Fact]
    public void Answer_pages_carry_one_json_ld_block_and_no_script_but_the_search_module()
    {
        foreach (var answer in sample.Content.Published())
        {
            var page = sample.Built.Page($"answers/{answer.Slug}/index.html");
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(BuiltSite.IsThemeScript(s), s.OuterHtml));
            Assert.Equal(JsonValueKind.Object, Assert.Single(BuiltSite.JsonLd(page)).RootElement.ValueKind);
        }
    }

    /// <summary>The names of a Person's credentials; a registration is recognised by its body and has no name of its own.</summary>
    internal static IEnumerable<string?> NamedCredentials(JsonElement person) =>
        person.GetProperty("hasCredential").EnumerateArray().Where(c => !c.TryGetProperty("recognizedBy", out _)).Select(c => c.GetProperty("name").GetString());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
