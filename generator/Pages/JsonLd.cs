using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>
/// schema.org structured data. Answers are Articles, not QAPage: Google keeps QAPage for pages where
/// readers post answers of their own. The default JSON encoder escapes &lt; &gt; &amp;, so the result
/// is safe inside a script element.
/// </summary>
public static class JsonLd
{
    public static HtmlString Article(Answer answer, Site site) => Script(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["headline"] = answer.Title,
        ["description"] = answer.Summary,
        ["datePublished"] = answer.Published.Iso,
        ["dateModified"] = answer.LastModified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["inLanguage"] = site.Config.Language,
        ["url"] = answer.CanonicalUrl.AbsoluteUri,
        ["mainEntityOfPage"] = answer.CanonicalUrl.AbsoluteUri,
        ["keywords"] = new JsonArray([.. answer.Tags.Select(t => (JsonNode)t.Name)]),
        ["author"] = Person(answer.Expert),
        ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Config.Title, ["url"] = site.Urls.BaseUrl.AbsoluteUri },
    });

    public static HtmlString Profile(Expert expert, Site site)
    {
        var person = Person(expert);
        person["description"] = expert.ShortBio;
        if (expert.Links.Count > 0) person["sameAs"] = new JsonArray([.. expert.Links.Select(l => (JsonNode)l.Url)]);
        if (expert.PhotoUrl is { } photo) person["image"] = new Uri(site.Urls.BaseUrl, photo).AbsoluteUri;
        return Script(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ProfilePage",
            ["url"] = expert.CanonicalUrl.AbsoluteUri,
            ["mainEntity"] = person,
        });
    }

    private static JsonObject Person(Expert expert) => new()
    {
        ["@type"] = "Person",
        ["name"] = expert.Name,
        ["jobTitle"] = expert.Role,
        ["url"] = expert.CanonicalUrl.AbsoluteUri,
        ["hasCredential"] = new JsonArray([.. expert.Credentials.Select(c => (JsonNode)new JsonObject
        {
            ["@type"] = "EducationalOccupationalCredential",
            ["name"] = c,
        })]),
    };

    private static HtmlString Script(JsonObject data) =>
        new($"<script type=\"application/ld+json\">{data.ToJsonString(new JsonSerializerOptions())}</script>");
}
