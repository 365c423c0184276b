using System.Collections.Concurrent;

namespace RunnersQA.Search;

/// <summary>The surface words of five or more characters seen anywhere, each with its stem's term id (the shards' `w` maps).</summary>
internal sealed class SurfaceTable
{
    public const int MinLength = 5;

    private readonly ConcurrentDictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SurfaceTable() => _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Surface word to stem term id; read only once analysis is over.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _stems;

    public void Add(ReadOnlySpan<char> word, int stem)
    {
        // A word always has the same stem, so the first writer wins with the right value.
        if (word.Length >= MinLength && !_lookup.ContainsKey(word)) _stems.TryAdd(word.ToString(), stem);
    }
}
