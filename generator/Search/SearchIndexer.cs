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
    public const int Version = 3;

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
        { "version", "docs", "terms", "words", "stop", "lists", "group", "fragments", "taxonomies" };

    /// <param name="cache">
    /// Work kept from the last build in this process (<c>serve</c> keeps one): answers whose <see cref="SearchDocument"/> did not
    /// change are not analysed again, and fragment groups that did not change keep their files. Null for a
    /// one-off build.
    /// </param>
    public static SearchIndex Make(Site site, SearchIndexCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        cache ??= new SearchIndexCache();
        lock (cache.Gate) return WriteWith(site, cache);
    }

    private static SearchIndex WriteWith(Site site, SearchIndexCache cache)
    {
        var answers = Analyze(site.Answers, cache.Use(site.Synonyms));
        var postings = PostingLists.Build(answers, cache.Terms.Terms.Count, cache.Postings);
        var files = new List<OutputFile>(answers.Length + 64);
        var shards = WriteShards(cache, answers, postings, files);
        var lists = WriteShardLists(shards.Paths, files);
        var groups = WriteFragments(answers, cache.Groups, files);

        var manifest = SearchJson.Write((site, shards, lists, groups, taxonomies: site.Taxonomies), static (json, s) =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteNumber("docs", s.site.Answers.Count);
            json.WriteNumber("terms", s.shards.WordTerms);
            json.WriteNumber("words", s.shards.Words);
            json.WriteStartArray("stop");
            foreach (var word in TextAnalyzer.StopWords.Order(StringComparer.Ordinal)) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("lists");
            foreach (var (first, path) in s.lists)
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
        cache.Keep(answers, postings, shards.Files, groups, shards.UsedTerms, shards.UsedWords);
        return new SearchIndex(files, ManifestPath);
    }

    /// <summary>Each answer's analysis and fragment: the cache's where it still holds, else made now.</summary>
    private static AnalyzedAnswer[] Analyze(IReadOnlyList<Answer> answers, SearchIndexCache cache)
    {
        var synonyms = cache.Synonyms;
        var analysed = new AnalyzedAnswer[answers.Count];
        Parallel.For(0, answers.Count, () => (DocumentAnalyzer?)null, (i, _, analyzer) =>
        {
            var document = SearchDocument.Of(answers[i]);
            analysed[i] = cache.Find(document) ?? AnalyzedAnswer.Analyze(document, analyzer ??= new DocumentAnalyzer(cache.Terms, cache.Words, synonyms));
            return analyzer;
        }, _ => { });
        return analysed;
    }

    /// <summary>What <see cref="WriteShards"/> wrote.</summary>
    /// <param name="Paths">Each shard's first key ("" for the first shard, which also takes anything sorting before its
    /// keys) and its path relative to the manifest, in key order.</param>
    /// <param name="UsedTerms">How many terms of the cache's table the answers use.</param>
    /// <param name="UsedWords">How many words of the cache's table the answers use.</param>
    /// <param name="WordTerms">The terms that are words (not filters).</param>
    /// <param name="Words">The vocabulary's words.</param>
    private sealed record WrittenShards(List<(string First, string Path)> Paths, ShardFile[] Files, int UsedTerms, int UsedWords, int WordTerms, int Words);

    /// <summary>
    /// Writes the shards of <see cref="ShardLayout"/>: the terms with their postings (<see cref="PostingBlocks"/>, the
    /// first block inline and the rest in block files), then the vocabulary under its <see cref="TypoKeys"/>.
    /// </summary>
    private static WrittenShards WriteShards(SearchIndexCache cache, AnalyzedAnswer[] answers, PostingLists postings, List<OutputFile> files)
    {
        // The tables keep terms and words that no answer uses any more (an edit took them out): they have no
        // postings, and are not written.
        var allTerms = cache.Terms.Terms;
        var order = Array.FindAll(cache.TermOrder.Of(allTerms), t => postings.Count(t) > 0);
        var encoded = new PostingBlocks[order.Length];
        Parallel.For(0, order.Length, i => encoded[i] = PostingBlocks.Encode(postings.DocsOf(order[i]), postings.ScoresOf(order[i])));

        var allWords = cache.Words.Terms;
        // How many answers use each word: one no answer uses any more is not written, and a key lists its words most
        // used first (then in ordinal order), so the client can prefer the common word among equally near corrections.
        var uses = new int[allWords.Count];
        foreach (var answer in answers)
        {
            foreach (var word in answer.Words) uses[word]++;
        }
        var wordOrder = Array.FindAll(cache.WordOrder.Of(allWords), w => uses[w] > 0);
        var filed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var w in wordOrder)
        {
            foreach (var key in TypoKeys.Of(allWords[w]))
            {
                if (!filed.TryGetValue(key, out var list)) filed[key] = list = [];
                list.Add(w);
            }
        }
        foreach (var list in filed.Values)
        {
            // Stable: among equal uses, the ordinal order they were added in.
            var sorted = list.OrderByDescending(w => uses[w]).ToArray();
            list.Clear();
            list.AddRange(sorted);
        }
        var typoKeys = filed.Keys.Order(StringComparer.Ordinal).ToArray();

        var count = order.Length + typoKeys.Length;
        var keys = new string[count];
        var keyPostings = new PostingBlocks?[count];
        var keyWords = new string?[count];
        var bytes = new int[count];
        var wordTerms = 0;
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = allTerms[order[i]];
            keyPostings[i] = encoded[i];
            bytes[i] = TermBytes(keys[i], encoded[i]);
            if (keys[i][0] != '#') wordTerms++;
        }
        for (var i = 0; i < typoKeys.Length; i++)
        {
            var k = order.Length + i;
            keys[k] = typoKeys[i];
            keyWords[k] = string.Join(' ', filed[typoKeys[i]].Select(w => allWords[w]));
            bytes[k] = keys[k].Length + keyWords[k]!.Length + 6;
        }
        // Terms and typo keys are split apart: a typo looks up two short runs of keys, so its shards are smaller.
        var ranges = ShardLayout.Split(bytes.AsSpan(0, order.Length), ShardLayout.TargetBytes - ShardFrameBytes);
        foreach (var range in ShardLayout.Split(bytes.AsSpan(order.Length), ShardLayout.VocabularyTargetBytes - ShardFrameBytes))
            ranges.Add(new ShardLayout.Range(order.Length + range.Start, order.Length + range.End));

        // After an edit most shards hold what they held: those keep their files, unwritten.
        var before = cache.Shards;
        var written = new ShardFile[ranges.Count];
        Parallel.For(0, ranges.Count, s =>
        {
            var range = ranges[s];
            var shardKeys = keys.AsSpan(range.Start..range.End);
            var shardPostings = keyPostings.AsSpan(range.Start..range.End);
            var shardWords = keyWords.AsSpan(range.Start..range.End);
            if (before.TryGetValue(shardKeys[0], out var same) && same.Holds(shardKeys, shardPostings, shardWords))
            {
                written[s] = same;
                return;
            }
            written[s] = WriteShard(shardKeys, shardPostings, shardWords);
        });
        var paths = new List<(string, string)>(ranges.Count);
        // Two terms with the very same postings share their block files (named by content): each is written once.
        var blocks = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < written.Length; i++)
        {
            files.Add(written[i].File);
            foreach (var block in written[i].BlockFiles)
                if (blocks.Add(block.Path)) files.Add(block);
            paths.Add((i == 0 ? "" : written[i].First, written[i].File.Path[Folder.Length..]));
        }
        return new WrittenShards(paths, written, order.Length, wordOrder.Length, wordTerms, wordOrder.Length);
    }

    /// <summary>What a shard holds besides its keys: <c>{"t":{},"v":{}}</c>.</summary>
    private const int ShardFrameBytes = 15;

    /// <summary>A block file's path relative to the manifest: "b/" + a ten-character hash + ".bin".</summary>
    private const int BlockPathLength = 16;

    /// <summary>A term's size in its shard's JSON: <c>"term":[count,"base64",["b/….bin",count,highest],…],</c>.</summary>
    private static int TermBytes(string term, PostingBlocks postings)
    {
        var size = term.Length + 10 + Digits(postings.Count) + (postings.Blocks[0].Length + 2) / 3 * 4;
        for (var b = 1; b < postings.Blocks.Length; b++) size += BlockPathLength + 9 + Digits(postings.Counts[b]);
        return size;
    }

    private static int Digits(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5 : 7;

    private static ShardFile WriteShard(ReadOnlySpan<string> keys, ReadOnlySpan<PostingBlocks?> postings, ReadOnlySpan<string?> words)
    {
        var blockFiles = new List<OutputFile>();
        var blockPaths = new string[postings.Length][];
        for (var i = 0; i < postings.Length; i++)
        {
            if (postings[i] is not { } term) continue;
            blockPaths[i] = new string[term.Blocks.Length];
            for (var b = 1; b < term.Blocks.Length; b++)
            {
                var file = new OutputFile($"{Folder}b/{ContentHash.Of(term.Blocks[b])}.bin", term.Blocks[b]);
                blockFiles.Add(file);
                blockPaths[i][b] = file.Path[Folder.Length..];
            }
        }
        var bytes = SearchJson.Write((keys: keys.ToArray(), postings: postings.ToArray(), words: words.ToArray(), blockPaths), static (json, x) =>
        {
            json.WriteStartObject();
            json.WriteStartObject("t");
            for (var i = 0; i < x.keys.Length; i++)
            {
                if (x.postings[i] is not { } term) continue;
                json.WritePropertyName(x.keys[i]);
                json.WriteStartArray();
                json.WriteNumberValue(term.Count);
                json.WriteBase64StringValue(term.Blocks[0]);
                for (var b = 1; b < term.Blocks.Length; b++)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(x.blockPaths[i][b]);
                    json.WriteNumberValue(term.Counts[b]);
                    json.WriteNumberValue(term.Highest[b]);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartObject("v");
            for (var i = 0; i < x.keys.Length; i++)
            {
                if (x.words[i] is { } list) json.WriteString(x.keys[i], list);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        });
        return new ShardFile(new OutputFile($"{Folder}s/{ContentHash.Of(bytes)}.json", bytes), blockFiles, keys, postings, words);
    }

    /// <summary>Shards per shard list: a list is small next to a shard, and the manifest names one list per this many shards.</summary>
    public const int ShardsPerList = 32;

    /// <summary>
    /// Writes l/&lt;hash&gt;.json, each the first key and path of <see cref="ShardsPerList"/> consecutive shards;
    /// returns each list's first key ("" for the first) and path, for the manifest. A query reads the manifest, one
    /// list and then its shards: the manifest stays small on a large site, where it would otherwise name every shard.
    /// </summary>
    private static List<(string First, string Path)> WriteShardLists(List<(string First, string Path)> shards, List<OutputFile> files)
    {
        var lists = new List<(string, string)>();
        for (var start = 0; start < shards.Count; start += ShardsPerList)
        {
            var part = shards.GetRange(start, Math.Min(ShardsPerList, shards.Count - start));
            var bytes = SearchJson.Write(part, static (json, part) =>
            {
                json.WriteStartArray();
                foreach (var (first, path) in part)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(first);
                    json.WriteStringValue(path);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            });
            var file = new OutputFile($"{Folder}l/{ContentHash.Of(bytes)}.json", bytes);
            files.Add(file);
            lists.Add((part[0].First, file.Path[Folder.Length..]));
        }
        return lists;
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
