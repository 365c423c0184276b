namespace RunnersQA.Artifacts;

/// <summary>
/// One entry of an Atom feed, as <see cref="AtomDocument"/> writes it. <see cref="Id"/> must never change for the same
/// thing (readers use it to tell new entries from seen ones); <see cref="ContentHtml"/>, when given, is sanitized HTML.
/// </summary>
public sealed record AtomEntry(
    string Title,
    Uri Id,
    Uri Link,
    DateOnly Published,
    DateOnly Updated,
    string AuthorName,
    Uri AuthorUri,
    string Summary,
    string? ContentHtml)
{
    /// <summary>Categories: each a term (an id) and its label.</summary>
    public IReadOnlyList<(string Term, string Label)> Categories { get; init; } = [];
}
