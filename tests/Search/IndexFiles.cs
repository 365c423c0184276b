using RunnersQA.Tests.Support;
using System.Security.Cryptography;
using System.Text.Json;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>A written search index read back with System.Text.Json, as the browser would read it.</summary>
internal sealed class IndexFiles
{
    public IndexFiles(SearchIndex index)
    {
        ManifestPath = index.ManifestPath;
        Files = index.Files.ToDictionary(f => f.Path, f => f.Bytes.ToArray(), StringComparer.Ordinal);
        Manifest = Json(ManifestPath);
        ListPaths = [.. Manifest.GetProperty("lists").EnumerateArray().Select(s => (s[0].GetString()!, Resolve(s[1].GetString()!)))];
        ShardPaths = [.. ListPaths.SelectMany(l => Json(l.Path).EnumerateArray().Select(s => (s[0].GetString()!, Resolve(s[1].GetString()!))))];
        Shards = [.. ShardPaths.Select(s => (s.First, Json(s.Path)))];
    }

    public string ManifestPath { get; }
    public IReadOnlyDictionary<string, byte[]> Files { get; }
    public JsonElement Manifest { get; }

    /// <summary>Each shard list's first key ("" for the first) and its output path, in manifest order.</summary>
    public IReadOnlyList<(string First, string Path)> ListPaths { get; }

    /// <summary>Each shard's first key ("" for the first shard) and its output path, in order, read from the lists.</summary>
    public IReadOnlyList<(string First, string Path)> ShardPaths { get; }

    /// <summary>Each shard's first term and its parsed content, in manifest order.</summary>
    public IReadOnlyList<(string First, JsonElement Shard)> Shards { get; }

    /// <summary>The shard that holds a term: the last whose first term is not after it, as the client finds it.</summary>
    public JsonElement ShardFor(string term) => Shards.Last(s => string.CompareOrdinal(s.First, term) <= 0).Shard;

    public int Docs => Manifest.GetProperty("docs").GetInt32();

    /// <summary>The output path of a path relative to the manifest.</summary>
    public static string Resolve(string relative) => "search/" + relative;

    public JsonElement Json(string path)
    {
        Assert.True(Files.ContainsKey(path), $"{path} was not written");
        return JsonDocument.Parse(Files[path]).RootElement;
    }

    /// <summary>Every term with its decoded postings, every block of it, in doc id order.</summary>
    public IReadOnlyDictionary<string, (int Doc, int Score)[]> Terms =>
        Shards.SelectMany(s => s.Shard.GetProperty("t").EnumerateObject())
            .ToDictionary(p => p.Name, p => Decode(p.Value), StringComparer.Ordinal);

    /// <summary>Every vocabulary word (under either typo key) with its stem, as the client stems it.</summary>
    public IReadOnlyDictionary<string, string> Words =>
        Shards.SelectMany(s => s.Shard.GetProperty("v").EnumerateObject())
            .SelectMany(p => p.Value.GetString()!.Split(' '))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(w => w, PorterStemmer.Stem, StringComparer.Ordinal);

    /// <summary>The vocabulary's typo keys with their words.</summary>
    public IReadOnlyDictionary<string, string[]> TypoKeys =>
        Shards.SelectMany(s => s.Shard.GetProperty("v").EnumerateObject())
            .ToDictionary(p => p.Name, p => p.Value.GetString()!.Split(' '), StringComparer.Ordinal);

    /// <summary>Every block file the shards name, each once, as output paths.</summary>
    public IReadOnlyList<string> BlockPaths =>
        [.. Shards.SelectMany(s => s.Shard.GetProperty("t").EnumerateObject())
            .SelectMany(t => t.Value.EnumerateArray().Skip(2).Select(b => Resolve(b[0].GetString()!))).Distinct(StringComparer.Ordinal)];

    /// <summary>A term's blocks as stored: the inline one, then each block file's, with their listed counts and highest scores.</summary>
    public IReadOnlyList<(int Count, int Highest, (int Doc, int Score)[] Postings)> Blocks(string term)
    {
        var entry = Shards.Select(s => s.Shard.GetProperty("t")).First(t => t.TryGetProperty(term, out _)).GetProperty(term);
        var items = entry.EnumerateArray().ToArray();
        var first = PostingBlocks.Decode(items[1].GetBytesFromBase64());
        var blocks = new List<(int, int, (int, int)[])> { (first.Length, first.Length == 0 ? 0 : first.Max(p => p.Score), first) };
        foreach (var more in items.Skip(2))
        {
            var path = Resolve(more[0].GetString()!);
            Assert.True(Files.ContainsKey(path), $"{path} was not written");
            blocks.Add((more[1].GetInt32(), more[2].GetInt32(), PostingBlocks.Decode(Files[path])));
        }
        return blocks;
    }

    public (int Doc, int Score)[] Postings(string term) => Terms.TryGetValue(term, out var p) ? p : [];

    public int Score(string term, int doc) => Postings(term).SingleOrDefault(p => p.Doc == doc).Score;

    /// <summary>The manifest's fragment folders, one per group of <see cref="FragmentGroup"/> doc ids, relative to it.</summary>
    public IReadOnlyList<string> FragmentFolders => [.. Manifest.GetProperty("fragments").EnumerateArray().Select(f => f.GetString()!)];

    public int FragmentGroup => Manifest.GetProperty("group").GetInt32();

    /// <summary>The output path of a doc's fragment, found as the client finds it.</summary>
    public string FragmentPath(int doc) => Resolve(FragmentFolders[doc / FragmentGroup] + doc + ".json");

    public JsonElement Fragment(int doc) => Json(FragmentPath(doc));

    /// <summary>A term's entry decoded, every block fetched, in doc id order; its listed count checked.</summary>
    private (int Doc, int Score)[] Decode(JsonElement entry)
    {
        var items = entry.EnumerateArray().ToArray();
        var postings = new List<(int Doc, int Score)>(PostingBlocks.Decode(items[1].GetBytesFromBase64()));
        foreach (var more in items.Skip(2))
        {
            var path = Resolve(more[0].GetString()!);
            Assert.True(Files.ContainsKey(path), $"{path} was not written");
            postings.AddRange(PostingBlocks.Decode(Files[path]));
        }
        Assert.Equal(items[0].GetInt32(), postings.Count);
        return [.. postings.OrderBy(p => p.Doc)];
    }

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];

    /// <summary>The site model of an input folder, as a build makes it.</summary>
    public static Site LoadSite(string input)
    {
        var bag = new DiagnosticBag();
        var folder = InputFolder.At(input);
        var content = ContentLoader.Load(folder, null, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted().Select(DiagnosticFormatter.Format)));
        return Site.Create(content, includeDrafts: false, DefaultThemeStrings.For(content, folder));
    }
}
