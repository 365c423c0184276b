using System.Globalization;
using System.Xml.Linq;

namespace RunnersQA.Tests.Support;

/// <summary>
/// What RFC 4287 requires of an Atom feed, checked on a parsed document: one id, title and updated on the feed and on
/// every entry, ids that are absolute IRIs and unique, RFC 3339 dates, an author for every entry, and a link or content
/// for every entry. Returns the problems found, none for a valid feed.
/// </summary>
internal static class AtomChecks
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<string> Problems(XDocument document)
    {
        var problems = new List<string>();
        var feed = document.Root!;
        if (feed.Name != Atom + "feed") return [$"the root is {feed.Name}, not atom:feed"];
        Common(feed, "feed", problems);
        if (!feed.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self"))
            problems.Add("feed: no link rel=self");
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, i) in feed.Elements(Atom + "entry").Select((e, i) => (e, i)))
        {
            var where = $"entry {i + 1}";
            Common(entry, where, problems);
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any(a => !string.IsNullOrWhiteSpace(a.Element(Atom + "name")?.Value)))
                problems.Add($"{where}: no author with a name");
            if (entry.Elements(Atom + "published").Count() > 1) problems.Add($"{where}: more than one published");
            foreach (var published in entry.Elements(Atom + "published")) Date(published.Value, $"{where} published", problems);
            if (entry.Element(Atom + "content") is null && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
                problems.Add($"{where}: neither content nor an alternate link");
            if (entry.Element(Atom + "id")?.Value is { } id && !ids.Add(id)) problems.Add($"{where}: id {id} is used twice");
        }
        return problems;
    }

    /// <summary>An element's updated as a date (the feeds write midnight UTC).</summary>
    public static DateOnly Updated(XElement element) =>
        DateOnly.FromDateTime(DateTimeOffset.Parse(element.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture).UtcDateTime);

    private static void Common(XElement element, string where, List<string> problems)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            var count = element.Elements(Atom + name).Count();
            if (count != 1) problems.Add($"{where}: {count} {name} elements, not one");
        }
        if (element.Element(Atom + "id")?.Value is { } id && !Uri.TryCreate(id, UriKind.Absolute, out _)) problems.Add($"{where}: id {id} is not an absolute IRI");
        if (element.Element(Atom + "title") is { } title && string.IsNullOrWhiteSpace(title.Value)) problems.Add($"{where}: empty title");
        if (element.Element(Atom + "updated")?.Value is { } updated) Date(updated, $"{where} updated", problems);
    }

    private static void Date(string value, string where, List<string> problems)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(value, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            problems.Add($"{where}: '{value}' is not an RFC 3339 date");
    }
}
