using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>/feed.xml: an Atom feed of the newest answers, with their full content.</summary>
public sealed class AtomFeed : IFileSource
{
    public const int EntryCount = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.FeedPath)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages) => [Feed(site)];

    private static OutputFile Feed(Site site) => XmlFile.Make(SiteUrls.FeedPath, xml =>
    {
        var entries = site.Answers.Take(EntryCount).ToArray();
        var feedUpdated = entries.Length > 0 ? entries.Max(a => a.LastModified) : new DateOnly(2000, 1, 1);

        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, site.Config.Language);
        xml.WriteElementString("title", Atom, site.Config.Title);
        xml.WriteElementString("subtitle", Atom, site.Config.Description);
        xml.WriteElementString("id", Atom, site.Urls.BaseUrl.AbsoluteUri);
        xml.WriteElementString("updated", Atom, Stamp(feedUpdated));
        Link(xml, site.Urls.Absolute(SiteUrls.FeedPath).AbsoluteUri, "self", "application/atom+xml");
        Link(xml, site.Urls.BaseUrl.AbsoluteUri, "alternate", "text/html");

        foreach (var answer in entries)
        {
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("title", Atom, answer.Title);
            xml.WriteElementString("id", Atom, answer.CanonicalUrl.AbsoluteUri);
            Link(xml, answer.CanonicalUrl.AbsoluteUri, "alternate", "text/html");
            xml.WriteElementString("published", Atom, Stamp(answer.Published.Value));
            xml.WriteElementString("updated", Atom, Stamp(answer.LastModified));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, answer.Expert.Name);
            xml.WriteElementString("uri", Atom, answer.Expert.CanonicalUrl.AbsoluteUri);
            xml.WriteEndElement();
            foreach (var tag in answer.Tags)
            {
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", tag.Id);
                xml.WriteAttributeString("label", tag.Name);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("summary", Atom);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(answer.Summary);
            xml.WriteEndElement();
            xml.WriteStartElement("content", Atom);
            xml.WriteAttributeString("type", "html");
            xml.WriteString($"<h2>The question</h2>{answer.QuestionHtml.Value}<h2>The answer</h2>{answer.BodyHtml.Value}");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Link(System.Xml.XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
