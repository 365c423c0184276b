namespace RunnersQA.Search;

/// <summary>
/// The ids of an append-only table of distinct strings (<see cref="TermTable"/>: terms, or surface words),
/// ordered by their strings ordinally, as the shards are. Kept from build to build: only the strings added since
/// are sorted, then merged in.
/// </summary>
internal sealed class OrdinalOrder
{
    private int[] _sorted = [];

    /// <summary>Every id of <paramref name="strings"/>, in ordinal order of the strings.</summary>
    public int[] Of(IReadOnlyList<string> strings)
    {
        var known = _sorted.Length;
        if (known == strings.Count) return _sorted;

        var added = new int[strings.Count - known];
        var keys = new string[added.Length];
        for (var i = 0; i < added.Length; i++)
        {
            added[i] = known + i;
            keys[i] = strings[known + i];
        }
        Array.Sort(keys, added, StringComparer.Ordinal);

        var merged = new int[strings.Count];
        int a = 0, b = 0, n = 0;
        while (a < known && b < added.Length)
            merged[n++] = string.CompareOrdinal(strings[_sorted[a]], keys[b]) < 0 ? _sorted[a++] : added[b++];
        while (a < known) merged[n++] = _sorted[a++];
        while (b < added.Length) merged[n++] = added[b++];
        return _sorted = merged;
    }
}
