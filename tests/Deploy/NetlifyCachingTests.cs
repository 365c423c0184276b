using System.Text.RegularExpressions;
using RunnersQA.Publishing;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Deploy;

/// <summary>
/// netlify.toml's header rules applied to every file of the built sample site: files named by their content
/// are cached forever, and nothing else is, so a deploy never leaves readers with a stale page or asset.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class NetlifyCachingTests(SampleSiteFixture sample)
{
    private static readonly NetlifyConfig Netlify = NetlifyConfig.Load(Repository.Root);

    /// <summary>Files Netlify reads as configuration and does not serve.</summary>
    private static readonly string[] NetlifyConfigFiles = ["_redirects", "_headers"];

    /// <summary>Each served file with the path it is requested at ("answers/x/index.html" at "/answers/x/").</summary>
    private IEnumerable<(string File, string Path)> Served() =>
        sample.Built.Files.Where(f => !NetlifyConfigFiles.Contains(f)).Select(f => (f, "/" + BuiltSite.SitePathOf(f)));

    private static string CacheControl(string path) => Netlify.HeadersFor(path).GetValueOrDefault("Cache-Control") ?? "";

    [Fact]
    public void Every_search_index_file_but_the_manifest_is_cached_as_immutable()
    {
        var index = Served().Where(s => s.File.StartsWith("search/", StringComparison.Ordinal) && s.File.EndsWith(".json", StringComparison.Ordinal)
            && s.File != "search/manifest.json").ToList();
        Assert.NotEmpty(index);
        Assert.All(index, s => Assert.Contains("immutable", CacheControl(s.Path)));
        // A large site's common words have posting blocks too (the sample's words are in too few answers to need them).
        Assert.Contains("immutable", CacheControl("/search/b/0123456789.bin"));
        // The manifest keeps its name (every page names it), so it is fetched afresh like a page.
        Assert.True(sample.Built.Exists("search/manifest.json"));
        Assert.Contains("must-revalidate", CacheControl("/search/manifest.json"));
        Assert.DoesNotContain("immutable", CacheControl("/search/manifest.json"));
    }

    [Fact]
    public void Only_files_named_by_a_hash_of_their_content_are_cached_as_immutable()
    {
        var wrong = Served().Where(s => CacheControl(s.Path).Contains("immutable", StringComparison.Ordinal) && !ContentHash().IsMatch(s.File))
            .Select(s => s.File).ToList();
        Assert.True(wrong.Count == 0, "cached as immutable, but not renamed when they change:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_as_immutable()
    {
        // Holds before assets are fingerprinted too (none then), and for every one after.
        var fingerprinted = Served().Where(s => s.File.StartsWith("assets/", StringComparison.Ordinal) && ContentHash().IsMatch(s.File));
        Assert.All(fingerprinted, s => Assert.Contains("immutable", CacheControl(s.Path)));
    }

    [Fact]
    public void Pages_revalidate_on_every_visit()
    {
        var pages = Served().Where(s => s.File.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, s =>
        {
            var cache = CacheControl(s.Path);
            Assert.Contains("max-age=0", cache);
            Assert.Contains("must-revalidate", cache);
        });
        // Netlify serves 404.html for unknown paths, under the same rules as any page.
        Assert.True(sample.Built.Exists("404.html"));
        Assert.Contains("max-age=0", CacheControl("/no-such-page/"));
    }

    [Fact]
    public void Every_served_file_carries_the_security_headers()
    {
        Assert.All(Served(), s =>
        {
            var headers = Netlify.HeadersFor(s.Path);
            Assert.True(headers.ContainsKey("Content-Security-Policy"), $"{s.Path} has no Content-Security-Policy");
            Assert.Equal("nosniff", headers.GetValueOrDefault("X-Content-Type-Options"));
        });
    }

    /// <summary>A path segment or dot-separated part of the name that is a hex content hash (ab2d112e98).</summary>
    [GeneratedRegex(@"(^|[/.])[0-9a-f]{8,}([/.]|$)")]
    private static partial Regex ContentHash();
}
