using RunnersQA.Model;

namespace RunnersQA.Search;

/// <summary>
/// The site's synonym groups as term ids (docs/search.md, "Synonyms"): when an answer's text holds one entry of a
/// group (its stems in a row), the answer also gets the other entries' terms, in the same field, so a search for
/// any of them finds it. Built once per index build, with the build's <see cref="TermTable"/>.
/// </summary>
internal sealed class SynonymSet
{
    /// <summary>The longest entry, in terms, that can match: the analyser keeps this many recent terms.</summary>
    public const int MaxEntryTerms = 8;

    private readonly Dictionary<int, List<(int[] Entry, int[] Others)>> _byLast = [];

    private SynonymSet(ValueList<ValueList<string>> groups) => Groups = groups;

    public static SynonymSet Empty { get; } = new([]);

    /// <summary>What it was made from: a cache keeps analyses only while these are the same.</summary>
    public ValueList<ValueList<string>> Groups { get; }

    public bool IsEmpty => _byLast.Count == 0;

    public static SynonymSet Of(ValueList<ValueList<string>> groups, TermTable terms)
    {
        var set = new SynonymSet(groups);
        foreach (var group in groups)
        {
            var analysed = group.Select(text => (Terms: TextAnalyzer.Analyze(text).Select(t => terms.Intern(t.Stem)).ToArray(), Words: Words(text)))
                .Where(e => e.Terms.Length is > 0 and <= MaxEntryTerms).ToArray();
            var entries = analysed.Select(e => e.Terms).ToArray();
            foreach (var (entry, words) in analysed)
            {
                // "IT band" is read as "band" ("it" is a stop word): one word left of several would match far too
                // much, so such an entry is only ever added, never matched.
                if (entry.Length == 1 && words > 1) continue;
                // An entry's own terms are counted already; only the others' are added.
                var others = entries.Where(e => e != entry).SelectMany(e => e).Where(t => !entry.Contains(t)).Distinct().ToArray();
                if (others.Length == 0) continue;
                if (!set._byLast.TryGetValue(entry[^1], out var list)) set._byLast[entry[^1]] = list = [];
                list.Add((entry, others));
            }
        }
        return set;
    }

    private static int Words(string text) =>
        System.Text.RegularExpressions.Regex.Count(text, @"[\p{L}\p{N}]+");

    /// <summary>
    /// The terms to add because the text's latest terms (<paramref name="recent"/>, oldest first, ending with the term
    /// just read) end with an entry; empty for nearly every term.
    /// </summary>
    public IEnumerable<int> Added(int[] recent, int count)
    {
        if (count == 0 || !_byLast.TryGetValue(recent[count - 1], out var entries)) yield break;
        foreach (var (entry, others) in entries)
        {
            if (entry.Length > count || !recent.AsSpan(count - entry.Length, entry.Length).SequenceEqual(entry)) continue;
            foreach (var term in others) yield return term;
        }
    }

    public bool Ends(int term) => _byLast.ContainsKey(term);
}
