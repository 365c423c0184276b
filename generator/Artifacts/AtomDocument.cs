using System.Globalization;
using System.Xml;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of entries, written once here for every feed the site publishes, so each says only
/// what its entries are. The feed's <c>updated</c> is its latest entry's.
/// </summary>
/// <param name="Path">Where it is published, relative to the site root; <paramref name="Self"/> is that, absolute.</param>
/// <param name="Id">The feed's permanent id: the page it follows.</param>
public sealed record AtomDocument(string Path, string Language, string Title, string Subtitle, Uri Id, Uri Self, Uri Alternate)
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The <c>updated</c> of a feed with no entries yet: a fixed date, so an empty feed's bytes do not change from build to build.</summary>
    private static readonly DateOnly NoEntries = new(2000, 1, 1);

    public OutputFile Write(IReadOnlyList<AtomEntry> entries) => XmlFile.Make(Path, xml =>
    {
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, Language);
        xml.WriteElementString("title", Atom, Title);
        xml.WriteElementString("subtitle", Atom, Subtitle);
        xml.WriteElementString("id", Atom, Id.AbsoluteUri);
        xml.WriteElementString("updated", Atom, Stamp(entries.Count > 0 ? entries.Max(e => e.Updated) : NoEntries));
        Link(xml, Self.AbsoluteUri, "self", "application/atom+xml");
        Link(xml, Alternate.AbsoluteUri, "alternate", "text/html");
        foreach (var entry in entries) Entry(xml, entry);
        xml.WriteEndElement();
    });

    private static void Entry(XmlWriter xml, AtomEntry entry)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, entry.Title);
        xml.WriteElementString("id", Atom, entry.Id.AbsoluteUri);
        Link(xml, entry.Link.AbsoluteUri, "alternate", "text/html");
        xml.WriteElementString("published", Atom, Stamp(entry.Published));
        xml.WriteElementString("updated", Atom, Stamp(entry.Updated));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, entry.AuthorName);
        xml.WriteElementString("uri", Atom, entry.AuthorUri.AbsoluteUri);
        xml.WriteEndElement();
        foreach (var (term, label) in entry.Categories)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", term);
            xml.WriteAttributeString("label", label);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(entry.Summary);
        xml.WriteEndElement();
        if (entry.ContentHtml is { } html)
        {
            xml.WriteStartElement("content", Atom);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(html);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
