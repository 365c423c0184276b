using System.IO.Compression;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>
/// The sample site's whole search payload (client, manifest, shards with the vocabulary, fragments) stays small: a
/// query fetches only part of it (the browser tests hold each query to its budget).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchPayloadTests(SampleSiteFixture sample)
{
    private const int Budget = 64_000;

    [Fact]
    public void Client_and_index_together_are_under_64_kb_gzipped()
    {
        var files = sample.Built.Files.Where(f => f.StartsWith("search/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal))
            .Append(sample.Built.Asset("search.js")).ToList();
        Assert.Contains(files, f => f.StartsWith("search/s/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("search/d/", StringComparison.Ordinal));
        var total = files.Sum(f => Gzipped(File.ReadAllBytes(sample.Built.PathOf(f))));
        Assert.True(total < Budget, $"{files.Count} files, {total} bytes gzipped");
    }

    [Fact]
    public void The_client_is_under_9_kb_minified_and_gzipped()
    {
        var client = File.ReadAllBytes(sample.Built.PathOf(sample.Built.Asset("search.js")));
        Assert.True(client.Length < File.ReadAllBytes(Path.Combine(Repository.DefaultTheme, "assets", "search.js")).Length, "search.js is not minified");
        Assert.InRange(Gzipped(client), 1, 9 * 1024);
    }

    private static int Gzipped(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)output.Length;
    }
}
