using System.Text.Json;
using RunnersQA.Model;
using RunnersQA.Publishing;

namespace RunnersQA.Search;

/// <summary>
/// search/: the static search index of docs/search.md (manifest, shards of terms, fragments in groups of doc ids).
/// Shard and fragment paths carry a hash of their content, so they can be cached forever; the manifest keeps
/// one name, which every page names. Output is byte-identical for the same site, with a warm
/// <see cref="SearchIndexCache"/> or none: everything is ordered by ordinal keys, never by thread timing or by
/// the order in which terms were first seen.
/// </summary>
public static class SearchIndexer
{
    public const string Folder = "search/";
    public const int Version = 2;

    /// <summary>The manifest's path relative to the site root; never renamed, so an edit changes no page.</summary>
    public const string ManifestPath = Folder + "manifest.json";

    /// <summary>Consecutive doc ids whose fragments share a folder: an edit renames one group's files, not all.</summary>
    /// <remarks>
    /// Small enough that renaming a group is cheap, large enough that the manifest's list of folders stays short
    /// on a large site.
    /// </remarks>
    public const int FragmentGroupSize = 256;

    /// <summary>
    /// Manifest properties of the format itself; a taxonomy's terms are under its key, so no taxonomy may be keyed so.
    /// </summary>
    public static IReadOnlySet<string> ManifestKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "version", "docs", "stop", "shards", "group", "fragments", "taxonomies" };

    /// <summary>A word term keeps only this many best postings; a filter term (a taxonomy's) keeps all.</summary>
    /// <remarks>
    /// Multi-word queries intersect these lists, so a low cap loses answers that have every word; a capped
    /// term still fits a small download (docs/benchmarks.md).
    /// </remarks>
    public const int MaxWordPostings = 1000;

    /// <param name="cache">
    /// Work kept from the last build in this process (<c>serve</c> keeps one): answers whose <see cref="SearchDocument"/> did not
    /// change are not analysed again, and fragment groups that did not change keep their files. Null for a
    /// one-off build.
    /// </param>
    public static SearchIndex Make(Site site, SearchIndexCache? cache = null, int maxWordPostings = MaxWordPostings)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWordPostings);
        cache ??= new SearchIndexCache();
        lock (cache.Gate) return WriteWith(site, cache, maxWordPostings);
    }

    private static SearchIndex WriteWith(Site site, SearchIndexCache cache, int maxWordPostings)
    {
        var answers = Analyze(site.Answers, cache);
        var postings = PostingLists.Build(answers, cache.Terms.Terms.Count, cache.Postings);
        var files = new List<OutputFile>(answers.Length + 64);
        var (shardPaths, shards, usedTerms, usedWords) = WriteShards(cache, answers, postings, maxWordPostings, files);
        var groups = WriteFragments(answers, cache.Groups, files);

        var manifest = SearchJson.Write((site, shardPaths, groups, taxonomies: site.Taxonomies), static (json, s) =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteNumber("docs", s.site.Answers.Count);
            json.WriteStartArray("stop");
            foreach (var word in TextAnalyzer.StopWords.Order(StringComparer.Ordinal)) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("shards");
            foreach (var (first, path) in s.shardPaths)
            {
                json.WriteStartArray();
                json.WriteStringValue(first);
                json.WriteStringValue(path);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteNumber("group", FragmentGroupSize);
            json.WriteStartArray("fragments");
            foreach (var group in s.groups) json.WriteStringValue(group.Folder);
            json.WriteEndArray();
            // Each taxonomy declared, then its terms in use under its own key ("tags"), largest first.
            json.WriteStartArray("taxonomies");
            foreach (var taxonomy in s.taxonomies.Select(t => t.Taxonomy))
            {
                json.WriteStartArray();
                json.WriteStringValue(taxonomy.Key);
                json.WriteStringValue(taxonomy.Term);
                json.WriteStringValue(taxonomy.RefPrefix);
                json.WriteStringValue(taxonomy.Url);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            foreach (var index in s.taxonomies)
            {
                json.WriteStartArray(index.Taxonomy.Key);
                foreach (var term in index.InUse)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(term.Id);
                    json.WriteStringValue(term.Name);
                    json.WriteNumberValue(term.Count);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
        files.Add(new OutputFile(ManifestPath, manifest));
        cache.Keep(answers, postings, shards, groups, usedTerms, usedWords);
        return new SearchIndex(files, ManifestPath);
    }

    /// <summary>Each answer's analysis and fragment: the cache's where it still holds, else made now.</summary>
    private static AnalyzedAnswer[] Analyze(IReadOnlyList<Answer> answers, SearchIndexCache cache)
    {
        var analysed = new AnalyzedAnswer[answers.Count];
        Parallel.For(0, answers.Count, () => (DocumentAnalyzer?)null, (i, _, analyzer) =>
        {
            var document = SearchDocument.Of(answers[i]);
            analysed[i] = cache.Find(document) ?? AnalyzedAnswer.Analyze(document, analyzer ??= new DocumentAnalyzer(cache.Terms, cache.Words));
            return analyzer;
        }, _ => { });
        return analysed;
    }

    /// <summary>
    /// Writes the shards of <see cref="ShardLayout"/>; returns each shard's first term ("" for the first shard,
    /// which also takes anything sorting before its terms) and its path relative to the manifest, in term order,
    /// and how many terms and words the answers use.
    /// </summary>
    private static (List<(string First, string Path)> Paths, ShardFile[] Shards, int UsedTerms, int UsedWords) WriteShards(SearchIndexCache cache,
        AnalyzedAnswer[] answers, PostingLists postings, int maxWordPostings, List<OutputFile> files)
    {
        // The tables keep terms and words that no answer uses any more (an edit took them out): they have no
        // postings, and are not written.
        var allTerms = cache.Terms.Terms;
        var order = Array.FindAll(cache.TermOrder.Of(allTerms), t => postings.Count(t) > 0);
        var sortedTerms = new string[order.Length];
        for (var i = 0; i < order.Length; i++) sortedTerms[i] = allTerms[order[i]];

        var allWords = cache.Words.Words;
        var used = new bool[allWords.Count];
        foreach (var answer in answers)
        {
            foreach (var word in answer.Words) used[word] = true;
        }
        var wordOrder = Array.FindAll(cache.WordOrder.Of(allWords), w => used[w]);
        var words = new (string Word, string Stem)[wordOrder.Length];
        for (var i = 0; i < words.Length; i++) words[i] = (allWords[wordOrder[i]], allTerms[cache.Words.Stems[wordOrder[i]]]);

        // Capping first, so the layout sizes what is written. Capped terms write into one shared buffer.
        var slots = new int[order.Length];
        var capped = 0;
        for (var i = 0; i < order.Length; i++)
            slots[i] = sortedTerms[i][0] != '#' && postings.Count(order[i]) > maxWordPostings ? capped++ : -1;
        var (cappedDocs, cappedScores) = cache.CappedBuffers(capped * maxWordPostings);
        var kept = new KeptPostings[order.Length];
        var termBytes = new int[order.Length];
        Parallel.For(0, order.Length, () => Array.Empty<int>(), (i, _, histogram) =>
        {
            var term = order[i];
            if (slots[i] < 0)
            {
                kept[i] = new KeptPostings(postings.Docs, postings.Scores, postings.Offsets[term], postings.Count(term));
            }
            else
            {
                kept[i] = new KeptPostings(cappedDocs, cappedScores, slots[i] * maxWordPostings, maxWordPostings);
                Postings.Cap(postings.DocsOf(term), postings.ScoresOf(term), kept[i].Docs, kept[i].Scores, ref histogram);
            }
            termBytes[i] = sortedTerms[i].Length + 5 + Postings.JsonLength(kept[i].Docs, kept[i].Scores);
            return histogram;
        }, _ => { });
        var wordBytes = new int[words.Length];
        var wordKeys = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            wordBytes[i] = words[i].Word.Length + words[i].Stem.Length + 6;
            wordKeys[i] = words[i].Word;
        }
        var ranges = ShardLayout.Split(sortedTerms, termBytes, wordKeys, wordBytes);

        // After an edit most shards hold what they held: those keep their file, unwritten.
        var before = cache.Shards;
        var written = new ShardFile[ranges.Count];
        Parallel.For(0, ranges.Count, s =>
        {
            var range = ranges[s];
            var terms = sortedTerms.AsSpan(range.TermStart..range.TermEnd);
            var termPostings = kept.AsSpan(range.TermStart..range.TermEnd);
            var shardWords = words.AsSpan(range.WordStart..range.WordEnd);
            if (before.TryGetValue(terms[0], out var same) && same.Holds(terms, termPostings, shardWords))
            {
                written[s] = same;
                return;
            }
            var bytes = SearchJson.Write((range, sortedTerms, kept, words), static (json, x) =>
            {
                json.WriteStartObject();
                json.WriteStartObject("t");
                for (var i = x.range.TermStart; i < x.range.TermEnd; i++)
                {
                    json.WritePropertyName(x.sortedTerms[i]);
                    Postings.Write(json, x.kept[i].Docs, x.kept[i].Scores);
                }
                json.WriteEndObject();
                json.WriteStartObject("w");
                for (var i = x.range.WordStart; i < x.range.WordEnd; i++) json.WriteString(x.words[i].Word, x.words[i].Stem);
                json.WriteEndObject();
                json.WriteEndObject();
            });
            written[s] = new ShardFile(new OutputFile($"{Folder}s/{ContentHash.Of(bytes)}.json", bytes), terms, termPostings, shardWords);
        });
        var shards = new List<(string, string)>(ranges.Count);
        for (var i = 0; i < written.Length; i++)
        {
            files.Add(written[i].File);
            shards.Add((i == 0 ? "" : written[i].First, written[i].File.Path[Folder.Length..]));
        }
        return (shards, written, order.Length, words.Length);
    }

    /// <summary>Writes d/&lt;hash&gt;/&lt;doc-id&gt;.json per answer, a folder per group; returns the groups in order.</summary>
    private static FragmentGroup[] WriteFragments(AnalyzedAnswer[] answers, IReadOnlyList<FragmentGroup> before, List<OutputFile> files)
    {
        var groups = new FragmentGroup[(answers.Length + FragmentGroupSize - 1) / FragmentGroupSize];
        Parallel.For(0, groups.Length, g => groups[g] = FragmentGroup.Of(g, answers, g < before.Count ? before[g] : null));
        foreach (var group in groups) files.AddRange(group.Files);
        return groups;
    }
}
