using System.Text.Json;
using RunnersQA.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>The manifest declares each taxonomy the client filters and links by (docs/search.md); the sample's only one is tags.</summary>
public sealed class TaxonomyIndexTests
{
    private static readonly Lazy<IndexFiles> Sample = new(() => new IndexFiles(SearchIndexer.Make(IndexFiles.LoadSite(Repository.SampleInput))));

    [Fact]
    public void The_sample_declares_tags_as_its_default_taxonomy_with_bare_refs()
    {
        var declared = Sample.Value.Manifest.GetProperty("taxonomies").EnumerateArray()
            .Select(t => t.EnumerateArray().Select(v => v.GetString()!).ToArray()).ToList();
        var tags = Assert.Single(declared);
        Assert.Equal(["tags", "tag", "", "/tags/"], tags);
    }

    [Fact]
    public void The_manifest_holds_its_own_properties_and_each_taxonomys_terms_under_its_key()
    {
        var manifest = Sample.Value.Manifest;
        var keys = manifest.GetProperty("taxonomies").EnumerateArray().Select(t => t[0].GetString()!);
        Assert.Equal(SearchIndexer.ManifestKeys.Concat(keys).Order(StringComparer.Ordinal),
            manifest.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(keys, SearchIndexer.ManifestKeys.Contains);
    }

    [Fact]
    public void A_taxonomys_url_is_where_its_term_pages_are_published_under_the_base_path()
    {
        using var site = TempSite.FromSample();
        site.BuildClean(new Uri("https://example.org/qa/"));
        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "search", "manifest.json"))).RootElement;
        var url = manifest.GetProperty("taxonomies")[0][3].GetString()!;
        Assert.Equal("/qa/tags/", url);
        foreach (var term in manifest.GetProperty("tags").EnumerateArray())
            Assert.True(File.Exists(Path.Combine(site.Output, url["/qa/".Length..], term[0].GetString()!, "index.html")), term[0].GetString());
    }
}
