using RunnersQA.Content;

namespace RunnersQA.Markdown;

/// <summary>What one Markdown text yields: safe HTML, plain text for excerpts and search, and the links it holds.</summary>
public sealed record RenderedMarkdown(
    HtmlString Html,
    string PlainText,
    string FirstParagraph,
    int WordCount,
    IReadOnlyList<Positioned<string>> Links);
