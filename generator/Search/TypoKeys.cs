namespace RunnersQA.Search;

/// <summary>
/// Where the vocabulary is filed for typo lookup (docs/search.md, "Vocabulary"): each word under its first letters and
/// under its last letters, each with its length, three letters for words of seven or more (then also two, for lookups
/// of two edits) and two below. One edit leaves one of the two ends as it was, so a typo anywhere, the first letters
/// included, is found under a key the query can compute; three letters keep each key's list short.
/// </summary>
internal static class TypoKeys
{
    /// <summary>Sorts after every term ([a-z0-9] and '#'), so the vocabulary's shards follow the terms'.</summary>
    public const char Marker = '~';

    /// <summary>Shorter words are not corrected, and so need no keys; longer ones are rarely typed.</summary>
    public const int MinLength = 3;
    public const int MaxLength = 40;

    /// <summary>Words this long or longer are filed under three letters at each end (and two).</summary>
    public const int LongWord = 7;

    /// <summary>Whether a surface word (analysis steps 1-3, before stemming) is in the vocabulary: one of a length a typo is looked for in.</summary>
    public static bool Files(ReadOnlySpan<char> word) => word.Length is >= MinLength and <= MaxLength;

    /// <summary>"~p" + first letters + length as two digits, "~s" + last letters + length: two keys, or four for a long word.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        var length = word.Length.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        string[] shortKeys = [$"{Marker}p{word[..2]}{length}", $"{Marker}s{word[^2..]}{length}"];
        return word.Length >= LongWord ? [$"{Marker}p{word[..3]}{length}", $"{Marker}s{word[^3..]}{length}", .. shortKeys] : shortKeys;
    }
}
