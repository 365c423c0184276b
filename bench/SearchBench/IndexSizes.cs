using System.Text.Json;

namespace RunnersQA.Bench;

/// <summary>The size on disk of a built site's search index (search/**/*.json and *.bin) and of the client script.</summary>
public sealed record IndexSizes(int Answers, int Terms, int Words, int Files, long RawBytes, long GzipBytes, int Shards, int Blocks,
    long ManifestGzip, long LargestShardGzip, long MedianShardGzip, long ClientGzip)
{
    public static IndexSizes Measure(string siteFolder)
    {
        var search = Path.Combine(siteFolder, "search");
        // Only the index's JSON: search/index.html is the search page, an HTML page like any other.
        var files = Directory.GetFiles(search, "*.json", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(search, "*.bin", SearchOption.AllDirectories)).ToArray();
        var manifest = Path.Combine(search, "manifest.json");
        var shardsFolder = Path.Combine(search, "s") + Path.DirectorySeparatorChar;
        var gzip = files.ToDictionary(f => f, f => Gzip.Size(File.ReadAllBytes(f)));
        var shards = files.Where(f => f.StartsWith(shardsFolder, StringComparison.Ordinal)).Select(f => gzip[f]).Order().ToList();

        using var manifestJson = JsonDocument.Parse(File.ReadAllBytes(manifest));
        return new IndexSizes(
            Answers: manifestJson.RootElement.GetProperty("docs").GetInt32(),
            Terms: manifestJson.RootElement.GetProperty("terms").GetInt32(),
            Words: manifestJson.RootElement.GetProperty("words").GetInt32(),
            Files: files.Length,
            RawBytes: files.Sum(f => new FileInfo(f).Length),
            GzipBytes: gzip.Values.Sum(),
            Shards: shards.Count,
            Blocks: files.Count(f => f.EndsWith(".bin", StringComparison.Ordinal)),
            ManifestGzip: gzip[manifest],
            LargestShardGzip: shards[^1],
            MedianShardGzip: Statistics.Median(shards),
            // The script is published fingerprinted: search.<hash>.js.
            ClientGzip: Gzip.Size(File.ReadAllBytes(Directory.GetFiles(Path.Combine(siteFolder, "assets"), "search.*.js").Single())));
    }
}
