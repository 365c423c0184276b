using RunnersQA.Diagnostics;

namespace RunnersQA.Markdown;

/// <summary>
/// What one Markdown text yields: safe (sanitized) HTML, plain text for excerpts and search, and, for the rules, the
/// links it holds, its headings' levels and its images' alt text, each where it was written, and its sections.
/// </summary>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    string FirstParagraph,
    int WordCount,
    IReadOnlyList<Positioned<string>> Links,
    IReadOnlyList<Positioned<int>> Headings,
    IReadOnlyList<Positioned<string>> Images)
{
    /// <summary>Its <c>##</c> sections, in order.</summary>
    public IReadOnlyList<BodySection> Sections { get; init; } = [];

    /// <summary>What a text that could not be rendered (reported) stands as.</summary>
    public static RenderedMarkdown Empty { get; } = new("", "", "", 0, [], [], []);
}
