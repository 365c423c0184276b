namespace RunnersQA.Search;

/// <summary>
/// Where the vocabulary is filed for typo lookup (docs/search.md, "Vocabulary"): each word under its first two letters
/// and under its last two, each with its length. One edit leaves one of the two pairs as it was (for words of four
/// letters or more), so a typo anywhere, the first letters included, is found under a key the query can compute.
/// </summary>
internal static class TypoKeys
{
    /// <summary>Sorts after every term ([a-z0-9] and '#'), so the vocabulary's shards follow the terms'.</summary>
    public const char Marker = '~';

    /// <summary>Shorter words are not corrected, and so need no keys; longer ones are rarely typed.</summary>
    public const int MinLength = 3;
    public const int MaxLength = 40;

    public static bool Files(string word) => word.Length is >= MinLength and <= MaxLength;

    /// <summary>"~p" + first two letters + length as two digits; "~s" + last two letters + length.</summary>
    public static (string Prefix, string Suffix) Of(string word)
    {
        var length = word.Length.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return ($"{Marker}p{word[..2]}{length}", $"{Marker}s{word[^2..]}{length}");
    }
}
