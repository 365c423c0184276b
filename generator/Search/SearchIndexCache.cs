namespace RunnersQA.Search;

/// <summary>
/// What a search index build keeps for the next one in the same process (<c>serve</c> holds one for its run):
/// each answer's analysis and fragment, the term and word tables whose ids those use and their ordinal order,
/// the shards and fragment groups written, and the large arrays scoring fills. A build with a cache writes
/// exactly the bytes a build without one writes; it only skips work whose inputs did not change. Builds that
/// share a cache take turns.
/// </summary>
public sealed class SearchIndexCache
{
    /// <summary>Table entries no answer uses that a cache tolerates beyond the used ones before it starts over.</summary>
    private const int DeadEntriesAllowed = 4096;

    private readonly Dictionary<string, AnalyzedAnswer> _answers = new(StringComparer.Ordinal);

    /// <summary>Held for the whole of a build that uses this cache.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>Append-only, so the term ids in kept analyses stay valid; terms no answer uses are not written.</summary>
    internal TermTable Terms { get; private set; } = new();

    /// <summary>The vocabulary's surface words (docs/search.md, "Vocabulary"), append-only like <see cref="Terms"/>.</summary>
    internal TermTable Words { get; private set; } = new();

    internal OrdinalOrder TermOrder { get; private set; } = new();
    internal OrdinalOrder WordOrder { get; private set; } = new();

    /// <summary>The last build's postings, done with: the next build scores into their arrays.</summary>
    internal PostingLists? Postings { get; private set; }

    /// <summary>The last build's shards, by first key.</summary>
    internal IReadOnlyDictionary<string, ShardFile> Shards { get; private set; } = new Dictionary<string, ShardFile>();

    /// <summary>The last build's fragment groups, by group index.</summary>
    internal IReadOnlyList<FragmentGroup> Groups { get; private set; } = [];

    /// <summary>The synonyms the kept analyses were made with, as term ids of <see cref="Terms"/>.</summary>
    internal SynonymSet Synonyms { get; private set; } = SynonymSet.Empty;

    /// <summary>
    /// Makes the build's synonyms current: analyses made with other synonyms do not hold, so then it starts over.
    /// </summary>
    internal SearchIndexCache Use(Model.ValueList<Model.ValueList<string>> synonyms)
    {
        if (Synonyms.Groups.Equals(synonyms)) return this;
        Clear();
        Synonyms = SynonymSet.Of(synonyms, Terms);
        return this;
    }

    /// <summary>The last build's analysis of an equal document, if there was one.</summary>
    /// <remarks>Found by URL (one answer's), then compared whole: cheaper than hashing every answer's text.</remarks>
    internal AnalyzedAnswer? Find(SearchDocument document) =>
        _answers.TryGetValue(document.Url, out var analysed) && analysed.Document.Equals(document) ? analysed : null;

    private void Clear()
    {
        _answers.Clear();
        Terms = new TermTable();
        Words = new TermTable();
        TermOrder = new OrdinalOrder();
        WordOrder = new OrdinalOrder();
        Synonyms = SynonymSet.Empty;
        Shards = new Dictionary<string, ShardFile>();
        Groups = [];
    }

    /// <summary>Keeps a finished build's work for the next, and nothing of answers it no longer has.</summary>
    /// <param name="usedTerms">How many of <see cref="Terms"/> the build's answers use.</param>
    /// <param name="usedWords">How many of <see cref="Words"/> the build's answers use.</param>
    internal void Keep(IReadOnlyList<AnalyzedAnswer> answers, PostingLists postings, IReadOnlyList<ShardFile> shards,
        IReadOnlyList<FragmentGroup> groups, int usedTerms, int usedWords)
    {
        // Edits leave words behind in the tables; each costs a little in every build, so after very many the
        // next build starts from nothing.
        if (Terms.Terms.Count - usedTerms > usedTerms + DeadEntriesAllowed || Words.Terms.Count - usedWords > usedWords + DeadEntriesAllowed)
        {
            Clear();
            return;
        }

        // Updated in place: a new dictionary of every answer each build would be a large object every time.
        foreach (var answer in answers) _answers[answer.Document.Url] = answer;
        if (_answers.Count > answers.Count)
        {
            var urls = answers.Select(a => a.Document.Url).ToHashSet(StringComparer.Ordinal);
            foreach (var url in _answers.Keys.Where(u => !urls.Contains(u)).ToList()) _answers.Remove(url);
        }
        Postings = postings;
        Shards = shards.ToDictionary(s => s.First, StringComparer.Ordinal);
        Groups = groups;
    }
}
