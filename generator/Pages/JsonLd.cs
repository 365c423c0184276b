using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RunnersQA.Model;
using RunnersQA.Templates;

namespace RunnersQA.Pages;

/// <summary>
/// schema.org structured data. Answers are Articles, not QAPage: Google keeps QAPage for pages where
/// readers post answers of their own. The default JSON encoder escapes &lt; &gt; &amp;, so the result
/// is safe inside a script element.
/// </summary>
public static class JsonLd
{
    public static HtmlString Article(Answer answer, string language, string siteTitle, Uri baseUrl) =>
        Script((answer, language, siteTitle, baseUrl), static (json, x) =>
    {
        var (answer, language, siteTitle, baseUrl) = x;
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Article");
        json.WriteString("headline", answer.Title);
        json.WriteString("description", answer.Summary);
        json.WriteString("datePublished", answer.Published.Iso);
        json.WriteString("dateModified", answer.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("inLanguage", language);
        json.WriteString("url", answer.CanonicalUrl.AbsoluteUri);
        json.WriteString("mainEntityOfPage", answer.CanonicalUrl.AbsoluteUri);
        // Every taxonomy's terms, the default's (tags) first.
        json.WriteStartArray("keywords");
        foreach (var list in answer.Taxonomies)
        {
            foreach (var term in list.Terms) json.WriteStringValue(term.Name);
        }
        json.WriteEndArray();
        json.WriteStartObject("author");
        Person(json, answer.Expert);
        json.WriteEndObject();
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", siteTitle);
        json.WriteString("url", baseUrl.AbsoluteUri);
        json.WriteEndObject();
    });

    public static HtmlString Profile(Expert expert, Uri baseUrl) => Script((expert, baseUrl), static (json, x) =>
    {
        var (expert, baseUrl) = x;
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ProfilePage");
        json.WriteString("url", expert.CanonicalUrl.AbsoluteUri);
        json.WriteStartObject("mainEntity");
        Person(json, expert);
        json.WriteString("description", expert.ShortBio);
        if (expert.Links.Count > 0)
        {
            json.WriteStartArray("sameAs");
            foreach (var link in expert.Links) json.WriteStringValue(link.Url);
            json.WriteEndArray();
        }
        if (expert.PhotoUrl is { } photo) json.WriteString("image", new Uri(baseUrl, photo).AbsoluteUri);
        json.WriteEndObject();
    });

    private static void Person(Utf8JsonWriter json, Expert expert)
    {
        json.WriteString("@type", "Person");
        json.WriteString("name", expert.Name);
        json.WriteString("jobTitle", expert.Role);
        json.WriteString("url", expert.CanonicalUrl.AbsoluteUri);
        json.WriteStartArray("hasCredential");
        foreach (var credential in expert.Credentials)
        {
            json.WriteStartObject();
            json.WriteString("@type", "EducationalOccupationalCredential");
            json.WriteString("name", credential);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static HtmlString Script<T>(T data, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json, data);
            json.WriteEndObject();
        }
        return new($"<script type=\"application/ld+json\">{Encoding.UTF8.GetString(buffer.WrittenSpan)}</script>");
    }
}
