

namespace RunnersQA.Markdown;

/// <summary>
/// One linear pass over a Markdown text before it is parsed, for what would make parsing, sanitizing or
/// rendering slow or deep: over-long lines, block quotes, indentation (nested lists), brackets and raw HTML
/// elements beyond <see cref="InputLimits"/>. Markdig has a depth limit of its own, but deep lists and deep
/// HTML slow it and the sanitizer down long before that.
/// </summary>
public static class MarkdownLimits
{
    public sealed record Violation(int Line, int Column, string Message, string Hint);

    /// <returns>The first limit the text goes past, with its 0-based line and 1-based column; null when none.</returns>
    public static Violation? Find(string text)
    {
        var htmlDepth = 0;
        var line = 0;
        var bracketsInParagraph = 0;
        var headings = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var current = text.AsSpan(range);
            if (current.Length > InputLimits.LineLength)
                return new(line, InputLimits.LineLength + 1, $"the line is {current.Length:N0} characters long; at most {InputLimits.LineLength:N0}",
                    "break the paragraph into shorter lines or paragraphs (a single line break inside a paragraph does not show)");
            if (Indentation(current) is var indent and > InputLimits.MarkdownIndent)
                return new(line, 1, $"the line is indented {indent} columns; at most {InputLimits.MarkdownIndent}",
                    "lists rarely need more than three levels: take out the extra indentation");
            if (QuoteDepth(current) is var quotes and > InputLimits.MarkdownNesting)
                return new(line, 1, $"block quotes are nested {quotes} deep; at most {InputLimits.MarkdownNesting}",
                    "a quote needs one '>' at the start of the line");
            if (BracketDepth(current) is { Depth: > InputLimits.MarkdownNesting } brackets)
                return new(line, brackets.Column, $"brackets '[' are nested more than {InputLimits.MarkdownNesting} deep here",
                    "close each '[' with ']', or write \\[ for a bracket that is only text");
            if (LooksLikeHeading(current) && ++headings > InputLimits.Headings)
                return new(line, 1, $"the text has more than {InputLimits.Headings} headings",
                    "an answer needs a handful of `##` headings; split a long text into several answers");
            bracketsInParagraph = current.IsWhiteSpace() ? 0 : bracketsInParagraph + current.Count('[');
            if (bracketsInParagraph > InputLimits.BracketsPerParagraph)
                return new(line, 1, $"this paragraph holds more than {InputLimits.BracketsPerParagraph} '[' brackets",
                    "split the paragraph with blank lines, or write \\[ for a bracket that is only text");
            if (HtmlNesting.Exceeds(current, ref htmlDepth, InputLimits.MarkdownNesting) is var tag and >= 0)
                return new(line, tag + 1, $"HTML elements are nested more than {InputLimits.MarkdownNesting} deep here",
                    "close each HTML element, or write the text in Markdown instead of HTML");
            line++;
        }
        return null;
    }

    /// <summary>An ATX heading ("## Title") or a setext underline ("===", "---"); a thematic break counts too, which only errs on the safe side.</summary>
    private static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart(' ').TrimEnd();
        if (line.Length - line.TrimStart(' ').Length > 3 || text.IsEmpty) return false;
        if (text[0] == '#') return text.TrimStart('#').IsEmpty || text.TrimStart('#')[0] is ' ' or '\t';
        return text.TrimStart('=').IsEmpty || text.TrimStart('-').IsEmpty;
    }

    private static int Indentation(ReadOnlySpan<char> line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ') columns++;
            else if (c == '\t') columns += 4 - columns % 4;
            else break;
        }
        return columns;
    }

    private static int QuoteDepth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        foreach (var c in line)
        {
            if (c == '>') depth++;
            else if (c is not (' ' or '\t')) break;
        }
        return depth;
    }

    private static (int Depth, int Column) BracketDepth(ReadOnlySpan<char> line)
    {
        var (depth, deepest, column) = (0, 0, 0);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (line[i] == '[' && ++depth > deepest) (deepest, column) = (depth, i + 1);
            else if (line[i] == ']' && depth > 0) depth--;
        }
        return (deepest, column);
    }
}
