using System.Security.Cryptography;
using System.Text.Json;
using RunnersQA.Model;
using RunnersQA.Outputs;

namespace RunnersQA.Search;

/// <summary>
/// search/: the static search index of docs/search.md (manifest, shards of terms, one fragment per answer).
/// Every file name carries a hash of its content, so the files can be cached forever and a page only needs
/// the manifest's name. Output is byte-identical for the same site: everything is ordered by ordinal keys,
/// never by thread timing.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search/";
    public const int Version = 1;

    /// <summary>A word term keeps only this many best postings; a tag term keeps all.</summary>
    /// <remarks>
    /// Multi-word queries intersect these lists, so a low cap loses answers that have every word; at
    /// 10,000 answers a capped term is still a few KB gzipped (docs/benchmarks.md).
    /// </remarks>
    public const int MaxWordPostings = 1000;

    public static SearchIndex Write(Site site, int maxWordPostings = MaxWordPostings)
    {
        ArgumentNullException.ThrowIfNull(site);
        var answers = site.Answers;
        var terms = new TermTable();
        var surfaces = new SurfaceTable();
        var docTerms = new DocTerm[answers.Count][];
        var lengths = new FieldLengths[answers.Count];
        Parallel.For(0, answers.Count, () => new DocumentAnalyzer(terms, surfaces), (i, _, analyzer) =>
        {
            (docTerms[i], lengths[i]) = analyzer.Analyze(answers[i]);
            return analyzer;
        }, _ => { });

        var postings = PostingLists.Build(docTerms, lengths, terms.Terms.Count);
        var files = new List<OutputFile>();
        var shardPaths = WriteShards(terms.Terms, surfaces, postings, maxWordPostings, files);
        var fragmentsPath = WriteFragments(answers, files);

        var manifest = SearchJson.Write((site, shardPaths, fragmentsPath), static (json, s) =>
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
            json.WriteString("fragments", s.fragmentsPath);
            json.WriteStartArray("tags");
            foreach (var tag in s.site.TagsInUse)
            {
                json.WriteStartArray();
                json.WriteStringValue(tag.Id);
                json.WriteStringValue(tag.Name);
                json.WriteNumberValue(tag.Count);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        var manifestPath = $"{Folder}manifest.{ContentHash.Of(manifest)}.json";
        files.Add(new OutputFile(manifestPath, manifest));
        return new SearchIndex(files, manifestPath);
    }

    /// <summary>
    /// Writes the shards of <see cref="ShardLayout"/>; returns each shard's first term ("" for the first shard,
    /// which also takes anything sorting before its terms) and its path relative to the manifest, in term order.
    /// </summary>
    private static List<(string First, string Path)> WriteShards(IReadOnlyList<string> terms, SurfaceTable surfaces,
        PostingLists postings, int maxWordPostings, List<OutputFile> files)
    {
        var order = new int[terms.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(terms[a], terms[b]));
        var sortedTerms = order.Select(t => terms[t]).ToArray();

        // A word whose stem is itself needs no entry: the client matches typos against the terms too.
        var words = surfaces.Entries.Select(e => (Word: e.Key, Stem: terms[e.Value])).Where(e => e.Word != e.Stem)
            .OrderBy(e => e.Word, StringComparer.Ordinal).ToArray();

        // Capping first, so the layout sizes what is written.
        var kept = new (int[] Docs, int[] Scores)[order.Length];
        Parallel.For(0, order.Length, i =>
        {
            var term = order[i];
            kept[i] = sortedTerms[i][0] == '#'
                ? (postings.DocsOf(term).ToArray(), postings.ScoresOf(term).ToArray())
                : Postings.Cap(postings.DocsOf(term), postings.ScoresOf(term), maxWordPostings);
        });
        var termBytes = sortedTerms.Select((t, i) => t.Length + 5 + Postings.JsonLength(kept[i].Docs, kept[i].Scores)).ToArray();
        var wordBytes = words.Select(w => w.Word.Length + w.Stem.Length + 6).ToArray();
        var ranges = ShardLayout.Split(sortedTerms, termBytes, [.. words.Select(w => w.Word)], wordBytes);

        var written = new OutputFile[ranges.Count];
        Parallel.For(0, ranges.Count, s =>
        {
            var bytes = SearchJson.Write((range: ranges[s], sortedTerms, kept, words), static (json, x) =>
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
            written[s] = new OutputFile($"{Folder}s/{ContentHash.Of(bytes)}.json", bytes);
        });
        files.AddRange(written);
        return [.. ranges.Select((r, i) => (i == 0 ? "" : sortedTerms[r.TermStart], written[i].Path[Folder.Length..]))];
    }

    /// <summary>Writes d/&lt;hash&gt;/&lt;doc-id&gt;.json per answer; returns the folder relative to the manifest.</summary>
    private static string WriteFragments(IReadOnlyList<Answer> answers, List<OutputFile> files)
    {
        var fragments = new byte[answers.Count][];
        Parallel.For(0, answers.Count, i => fragments[i] = SearchJson.Write(answers[i], static (json, answer) =>
        {
            json.WriteStartObject();
            json.WriteString("u", answer.Url);
            json.WriteString("t", answer.Title);
            json.WriteString("e", answer.Expert.Name);
            // Tag ids only: their names are in the manifest, which the client already has.
            json.WriteStartArray("g");
            foreach (var tag in answer.Tags) json.WriteStringValue(tag.Id);
            json.WriteEndArray();
            json.WriteString("d", answer.Published.Iso);
            json.WriteString("x", FragmentText.From(answer.Summary, answer.PlainText));
            json.WriteEndObject();
        }));

        var folder = $"d/{FragmentsHash(fragments)}/";
        for (var i = 0; i < fragments.Length; i++) files.Add(new OutputFile($"{Folder}{folder}{i}.json", fragments[i]));
        return folder;
    }

    /// <summary>
    /// The hash of all fragments together: each fragment in doc id order, followed by a newline (which
    /// unindented JSON never contains), so moving text from one fragment to the next changes it too.
    /// </summary>
    internal static string FragmentsHash(IEnumerable<byte[]> fragments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var fragment in fragments)
        {
            hash.AppendData(fragment);
            hash.AppendData("\n"u8);
        }
        return ContentHash.FromDigest(hash.GetHashAndReset());
    }
}
