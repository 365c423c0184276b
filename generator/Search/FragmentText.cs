namespace RunnersQA.Search;

/// <summary>The fragment's `x`: the text an excerpt is cut from, white space collapsed, cut at a word boundary.</summary>
internal static class FragmentText
{
    /// <summary>Enough for an excerpt around most matches, and short enough that a query's fragments stay a small download.</summary>
    public const int MaxLength = 400;

    public static string From(string summary, string plainText, int maxLength = MaxLength)
    {
        // Collecting one character past the limit tells whether the cut falls between words.
        var buffer = new char[maxLength + 1];
        var n = 0;
        var space = false;
        foreach (var part in (ReadOnlySpan<string>)[summary, plainText])
        {
            foreach (var c in part)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = n > 0;
                    continue;
                }
                if (space)
                {
                    if (n == buffer.Length) return Cut(buffer, maxLength);
                    buffer[n++] = ' ';
                    space = false;
                }
                if (n == buffer.Length) return Cut(buffer, maxLength);
                buffer[n++] = c;
            }
            space = n > 0;
        }
        return n <= maxLength ? new string(buffer, 0, n) : Cut(buffer, maxLength);
    }

    private static string Cut(char[] text, int maxLength)
    {
        var space = Array.LastIndexOf(text, ' ', maxLength);
        if (space > 0) return new string(text, 0, space);
        var end = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return new string(text, 0, end);
    }
}
