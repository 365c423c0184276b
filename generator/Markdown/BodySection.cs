namespace RunnersQA.Markdown;

/// <summary>
/// A part of a text under one of its <c>##</c> headings: the heading's anchor id and plain text, and the start of the
/// section's plain text, so a search result can point to the spot that matched.
/// </summary>
public sealed record BodySection(string Id, string Heading, string Text)
{
    /// <summary>Enough to show where a match is, short enough that a result's fragment stays small.</summary>
    public const int MaxText = 64;
}
