using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace RunnersQA.Search;

/// <summary>
/// Splits text into search tokens by the steps of docs/search.md: fold accents and case, delete apostrophes,
/// take runs of [a-z0-9], drop stop words, stem. The browser analyses queries the same way, so any change
/// here is a change to the contract.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Common English words left out of the index; the manifest carries them to the client.</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "dont", "down", "during",
        "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "id", "if", "im", "in", "into", "is", "isnt", "it", "its",
        "itself", "ive", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
        "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasnt",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "wont",
        "would", "you", "youre", "your", "yours", "yourself", "yourselves",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tokens of <paramref name="text"/>, in order: each surface word (steps 1-3) and its stem.</summary>
    public static IReadOnlyList<(string Word, string Stem)> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new ListSink();
        Analyze(text, sink);
        return sink.Tokens;
    }

    internal static void Analyze<TSink>(string text, TSink sink) where TSink : ITokenSink
    {
        if (text.Length == 0) return;
        // NFKD of ASCII is itself: most text skips the normalizer.
        var source = Ascii.IsValid(text) ? text : Decompose(text);
        var buffer = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            var length = Fold(source, buffer);
            Tokenize(buffer.AsSpan(0, length), sink);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return text; // a lone surrogate: index what can be read rather than fail the build
        }
    }

    /// <summary>Steps 1-2 after decomposition: drop combining marks and apostrophes (they join, not split), lower-case.</summary>
    private static int Fold(string source, char[] into)
    {
        var n = 0;
        foreach (var c in source)
        {
            if (c is (>= '\u0300' and <= '\u036F') or '\'' or '\u2019') continue;
            into[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }

    private static void Tokenize<TSink>(ReadOnlySpan<char> text, TSink sink) where TSink : ITokenSink
    {
        Span<char> small = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var word = text[start..i];
            if (StopWordLookup.Contains(word)) continue;
            var stem = word.Length < small.Length ? small : new char[word.Length + 1];
            word.CopyTo(stem);
            sink.Token(word, stem[..PorterStemmer.Stem(stem, word.Length)]);
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private sealed class ListSink : ITokenSink
    {
        public List<(string, string)> Tokens { get; } = [];

        public void Token(ReadOnlySpan<char> word, ReadOnlySpan<char> stem) => Tokens.Add((word.ToString(), stem.ToString()));
    }
}
