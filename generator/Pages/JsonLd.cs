using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RunnersQA.Model;
using RunnersQA.Templates;

namespace RunnersQA.Pages;

/// <summary>
/// schema.org structured data. An answer's page is a WebPage (a MedicalWebPage when a tag is medical), since
/// lastReviewed and reviewedBy are properties of pages; its mainEntity is the answer as an Article. Not QAPage:
/// Google keeps that for pages where readers post answers of their own. The default JSON encoder escapes
/// &lt; &gt; &amp;, so the result is safe inside a script element.
/// </summary>
public static class JsonLd
{
    public static HtmlString AnswerPage(Answer answer, string language, string siteTitle, Uri baseUrl) =>
        Script((answer, language, siteTitle, baseUrl), static (json, x) =>
    {
        var (answer, language, siteTitle, baseUrl) = x;
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", answer.Medical ? "MedicalWebPage" : "WebPage");
        json.WriteString("url", answer.CanonicalUrl.AbsoluteUri);
        json.WriteString("name", answer.Title);
        json.WriteString("inLanguage", language);
        if (answer.Review is { } review)
        {
            json.WriteString("lastReviewed", review.Date.Iso);
            json.WriteStartObject("reviewedBy");
            Person(json, review.Reviewer);
            json.WriteEndObject();
        }
        json.WriteStartObject("mainEntity");
        Article(json, answer, language, siteTitle, baseUrl);
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

    private static void Article(Utf8JsonWriter json, Answer answer, string language, string siteTitle, Uri baseUrl)
    {
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
        if (answer.Sources.Count > 0)
        {
            json.WriteStartArray("citation");
            foreach (var source in answer.Sources) Citation(json, source);
            json.WriteEndArray();
        }
    }

    /// <summary>
    /// A source as a ScholarlyArticle when it has a DOI or a PubMed id (journals' papers have them), else a
    /// CreativeWork. The identifiers are PropertyValues, and their resolvers' addresses are its sameAs.
    /// </summary>
    private static void Citation(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("@type", source.Doi is null && source.PubMedId is null ? "CreativeWork" : "ScholarlyArticle");
        json.WriteString("name", source.Title);
        json.WriteString("url", source.Url);
        if (source.Doi is not null || source.PubMedId is not null)
        {
            json.WriteStartArray("identifier");
            if (source.Doi is { } doi) Identifier(json, "DOI", doi);
            if (source.PubMedId is { } pmid) Identifier(json, "PMID", pmid);
            json.WriteEndArray();
            // The url may be the resolver's address already; the same address twice says nothing more.
            var resolvers = new[] { source.DoiUrl, source.PubMedUrl }.OfType<string>().Where(u => u != source.Url).ToList();
            if (resolvers.Count > 0)
            {
                json.WriteStartArray("sameAs");
                foreach (var url in resolvers) json.WriteStringValue(url);
                json.WriteEndArray();
            }
        }
        json.WriteEndObject();
    }

    private static void Identifier(Utf8JsonWriter json, string scheme, string value)
    {
        json.WriteStartObject();
        json.WriteString("@type", "PropertyValue");
        json.WriteString("propertyID", scheme);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    /// <summary>An expert: their credentials, and their registration as a credential the register's body recognises.</summary>
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
        if (expert.Registration is { } registration)
        {
            json.WriteStartObject();
            json.WriteString("@type", "EducationalOccupationalCredential");
            json.WriteStartObject("recognizedBy");
            json.WriteString("@type", "Organization");
            json.WriteString("name", registration.Body);
            json.WriteEndObject();
            json.WriteString("identifier", registration.Number);
            if (registration.Url is { } url) json.WriteString("url", url);
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
