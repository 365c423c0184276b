using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>/experts/ and /experts/&lt;id&gt;/: who is listed, and which answers.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ExpertPagesTests(SampleSiteFixture sample)
{
    [Fact]
    public void Experts_index_lists_every_expert()
    {
        var page = sample.Built.Page("experts/index.html");
        var listed = BuiltSite.Hrefs(page, "main a[href^='/experts/']").Where(h => h != "/experts/").ToList();
        Assert.Equal(sample.Content.Experts.Select(e => $"/experts/{e.Id}/").Order(), listed.Order());
        foreach (var expert in sample.Content.Experts)
            Assert.Contains(page.QuerySelectorAll($"main a[href='/experts/{expert.Id}/']"), a => BuiltSite.TextOf(a) == expert.Name);
    }

    [Fact]
    public void Each_expert_page_lists_exactly_that_experts_answers_newest_first()
    {
        foreach (var expert in sample.Content.Experts)
        {
            var page = sample.Built.Page($"experts/{expert.Id}/index.html");
            Assert.Equal(expert.Name, BuiltSite.TextOf(page.QuerySelector("h1")!));
            var expected = sample.Content.Published().Where(a => a.Expert == expert.Id).Select(a => $"/answers/{a.Slug}/").ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, BuiltSite.Hrefs(page.QuerySelector("section[aria-labelledby='answers-heading']")!, "a[href^='/answers/']"));
        }
    }

    [Fact]
    public void Each_expert_page_shows_role_and_credentials()
    {
        foreach (var expert in sample.Content.Experts)
        {
            var page = sample.Built.Page($"experts/{expert.Id}/index.html");
            var texts = page.QuerySelectorAll("main *").Select(BuiltSite.TextOf).ToHashSet();
            Assert.Contains(expert.Role, texts);
            foreach (var credential in expert.Credentials) Assert.Contains(credential, texts);
        }
    }

    [Fact]
    public void Expert_pages_carry_profile_page_json_ld()
    {
        var baseUrl = sample.Content.Site.BaseUrl;
        foreach (var expert in sample.Content.Experts)
        {
            var page = sample.Built.Page($"experts/{expert.Id}/index.html");
            var root = Assert.Single(BuiltSite.JsonLd(page)).RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("ProfilePage", root.GetProperty("@type").GetString());
            var person = root.GetProperty("mainEntity");
            Assert.Equal("Person", person.GetProperty("@type").GetString());
            Assert.Equal(expert.Name, person.GetProperty("name").GetString());
            Assert.Equal(expert.Role, person.GetProperty("jobTitle").GetString());
            Assert.Equal(new Uri(baseUrl, $"experts/{expert.Id}/").AbsoluteUri, person.GetProperty("url").GetString());
            Assert.Equal(expert.Credentials, AnswerJsonLdTests.NamedCredentials(person));
            if (expert.Photo is not null)
            {
                var image = person.GetProperty("image").GetString()!;
                Assert.StartsWith(baseUrl.AbsoluteUri, image);
                Assert.True(sample.Built.Exists(BuiltSite.FileFor(new Uri(image).AbsolutePath)), $"photo {image} was not written");
            }
            else
            {
                Assert.False(person.TryGetProperty("image", out _));
            }
        }
    }
}
