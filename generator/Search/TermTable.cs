using System.Collections.Concurrent;

namespace RunnersQA.Search;

/// <summary>
/// Interns strings to dense ids, safely from many threads; looking up a span allocates nothing, so only the
/// first sighting of a word costs a string. Ids depend on thread timing: output must be ordered by the strings.
/// </summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];
    private readonly Lock _gate = new();

    public TermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every term by id; read only once interning is over.</summary>
    public IReadOnlyList<string> Terms => _terms;

    public int Intern(ReadOnlySpan<char> term) => Intern(term, out _);

    /// <param name="added">True for the one call that gave the term its id.</param>
    public int Intern(ReadOnlySpan<char> term, out bool added)
    {
        added = false;
        if (_lookup.TryGetValue(term, out var id)) return id;
        lock (_gate)
        {
            if (_lookup.TryGetValue(term, out id)) return id;
            var text = term.ToString();
            id = _terms.Count;
            _terms.Add(text);
            _ids[text] = id;
            added = true;
            return id;
        }
    }
}
