namespace RunnersQA.Search;

/// <summary>
/// The surface words (analysis steps 1-3, before stemming) that the vocabulary files for typo lookup
/// (<see cref="TypoKeys"/>), each interned to a dense id with its stem's term id, safely from many threads. Append-only, like
/// <see cref="TermTable"/>: an answer remembers its words by id, and which are written is decided per build.
/// </summary>
internal sealed class SurfaceTable
{
    private readonly TermTable _words = new();
    private readonly List<int> _stems = [];
    private readonly Lock _gate = new();

    /// <summary>Every word by id; read only once interning is over.</summary>
    public IReadOnlyList<string> Words => _words.Terms;

    /// <summary>Each word's stem term id, by word id; read only once interning is over.</summary>
    public IReadOnlyList<int> Stems => _stems;

    /// <summary>Whether a token's surface word belongs in the vocabulary: one of a length a typo is looked for in.</summary>
    public static bool Keeps(ReadOnlySpan<char> word) => word.Length is >= TypoKeys.MinLength and <= TypoKeys.MaxLength;

    /// <summary>The word's id; a word always has the same stem, so the first sighting's stem holds.</summary>
    public int Add(ReadOnlySpan<char> word, int stem)
    {
        var id = _words.Intern(word, out var added);
        if (!added) return id;
        lock (_gate)
        {
            // Ids are handed out in order, but threads may record their stems out of order.
            while (_stems.Count <= id) _stems.Add(-1);
            _stems[id] = stem;
        }
        return id;
    }
}
