namespace RunnersQA.Markdown;

/// <summary>
/// How deep HTML elements sit inside one another, told from the tags alone in one linear pass (void and
/// self-closed tags left out). Parsers that build the tree by recursion (the sanitizer, the minifier) are
/// kept from text deeper than they can take.
/// </summary>
public static class HtmlNesting
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Follows the tags of <paramref name="text"/> from <paramref name="depth"/> on (a text may come line by line).</summary>
    /// <returns>The 0-based offset of the tag that goes past <paramref name="limit"/>, or -1 when none does.</returns>
    public static int Exceeds(ReadOnlySpan<char> text, ref int depth, int limit)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text[(i + 1)..].IndexOf('<') is var next and >= 0 ? i + 1 + next : -1)
        {
            var closing = text[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end == start || !char.IsAsciiLetter(text[start])) continue;
            var close = text[end..].IndexOf('>');
            if (close < 0) continue;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (text[end + close - 1] == '/' || VoidElements.Contains(text[start..end].ToString())) continue;
            if (++depth > limit) return i;
        }
        return -1;
    }
}
