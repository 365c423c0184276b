using System.Text.Json;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>Each answer page describes itself to search engines as a schema.org Article.</summary>
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
    public void Answer_page_has_article_json_ld(string slug)
    {
        var content = sample.Content;
        var answer = content.Published().Single(a => a.Slug == slug);
        var expert = content.Expert(answer.Expert);
        var page = sample.Built.Page($"answers/{slug}/index.html");

        var article = Assert.Single(BuiltSite.JsonLd(page)).RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal(answer.Title, article.GetProperty("headline").GetString());
        var description = article.GetProperty("description").GetString();
        Assert.False(string.IsNullOrWhiteSpace(description));
        if (answer.Summary is not null) Assert.Equal(answer.Summary, description);
        Assert.Equal(BuiltSite.Meta(page, "meta[name=description]"), description);
        Assert.Equal(answer.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article.GetProperty("datePublished").GetString());
        Assert.Equal((answer.Updated ?? answer.Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article.GetProperty("dateModified").GetString());
        Assert.Equal(answer.Tags.Select(t => content.Tag(t).Name), article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));

        var author = article.GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal(expert.Name, author.GetProperty("name").GetString());
        Assert.Equal(expert.Role, author.GetProperty("jobTitle").GetString());
        Assert.Equal(expert.Credentials, author.GetProperty("hasCredential").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(new Uri(content.Site.BaseUrl, $"experts/{expert.Id}/").AbsoluteUri, author.GetProperty("url").GetString());
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
}
