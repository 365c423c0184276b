namespace RunnersQA.Search;

/// <summary>
/// Splits the ordinally sorted terms into shards of about <see cref="TargetBytes"/> of JSON each, so a small
/// site has a handful of files and a large one many, none of them large. A shard holds the terms from its
/// first term up to the next shard's first term, and the surface words (the `w` map) that sort in the same range.
/// </summary>
internal static class ShardLayout
{
    /// <summary>Small once gzipped: one shard is a small part of a query's budget (docs/search.md).</summary>
    public const int TargetBytes = 24 * 1024;

    /// <summary>One shard: terms[TermStart..TermEnd) and words[WordStart..WordEnd) of the sorted inputs.</summary>
    public readonly record struct Range(int TermStart, int TermEnd, int WordStart, int WordEnd);

    /// <param name="termBytes">Each sorted term's size in the shard's JSON.</param>
    /// <param name="words">The surface words, sorted ordinally.</param>
    /// <param name="wordBytes">Each sorted word's size in the shard's JSON.</param>
    public static List<Range> Split(IReadOnlyList<string> terms, IReadOnlyList<int> termBytes,
        IReadOnlyList<string> words, IReadOnlyList<int> wordBytes, int targetBytes = TargetBytes)
    {
        var shards = new List<Range>();
        var termStart = 0;
        var wordStart = 0;
        var w = 0;
        var size = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            // Words below the next term belong with this one.
            var next = t + 1 < terms.Count ? terms[t + 1] : null;
            var bytes = termBytes[t];
            while (w < words.Count && (next is null || string.CompareOrdinal(words[w], next) < 0)) bytes += wordBytes[w++];

            if (size > 0 && size + bytes > targetBytes)
            {
                shards.Add(new Range(termStart, t, wordStart, WordsBelow(terms[t], words, wordStart, w)));
                termStart = t;
                wordStart = shards[^1].WordEnd;
                size = 0;
                for (var i = wordStart; i < w; i++) size += wordBytes[i];
                size += termBytes[t];
            }
            else
            {
                size += bytes;
            }
        }
        if (terms.Count > 0) shards.Add(new Range(termStart, terms.Count, wordStart, words.Count));
        return shards;
    }

    /// <summary>The end of the words below <paramref name="term"/>, searching words[from..to).</summary>
    private static int WordsBelow(string term, IReadOnlyList<string> words, int from, int to)
    {
        while (from < to && string.CompareOrdinal(words[from], term) < 0) from++;
        return from;
    }
}
