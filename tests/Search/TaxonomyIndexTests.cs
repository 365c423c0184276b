using System.Text.Json;
using RunnersQA.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>
/// The manifest declares each taxonomy the client filters and links by (docs/search.md): the sample's only one is
/// tags; tests/Fixtures/taxonomies adds <c>levels</c>, whose terms are filter terms and fragment refs as tags are.
/// </summary>
public sealed class TaxonomyIndexTests
{
    private static readonly Lazy<IndexFiles> Sample = new(() => new IndexFiles(SearchIndexer.Make(IndexFiles.LoadSite(Repository.SampleInput))));

    private static readonly string LevelsInput = Path.Combine(Repository.Fixtures, TaxonomySiteFixture.Fixture);
    private static readonly Lazy<(RunnersQA.Model.Site Site, IndexFiles Index, TaxonomyFacts Levels)> Levels = new(() =>
    {
        var site = IndexFiles.LoadSite(LevelsInput);
        return (site, new IndexFiles(SearchIndexer.Make(site)), TaxonomyFacts.Read(LevelsInput, "levels"));
    });

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

    [Fact]
    public void A_second_taxonomy_is_declared_after_tags_with_its_key_as_ref_prefix_and_its_terms_in_use()
    {
        var (_, index, levels) = Levels.Value;
        var declared = index.Manifest.GetProperty("taxonomies").EnumerateArray()
            .Select(t => t.EnumerateArray().Select(v => v.GetString()!).ToArray()).ToList();
        Assert.Equal([["tags", "tag", "", "/tags/"], [levels.Key, levels.Term, levels.RefPrefix, "/" + levels.Path]], declared);

        var facts = ContentFacts.Read(LevelsInput);
        var counts = levels.Counts(facts.Published());
        var terms = index.Manifest.GetProperty(levels.Key).EnumerateArray().Select(t => (Id: t[0].GetString()!, Name: t[1].GetString()!, Count: t[2].GetInt32())).ToList();
        Assert.Equal(counts.Keys.Order(StringComparer.Ordinal), terms.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(terms, t => Assert.Equal((levels.TermOf(t.Id).Name, counts[t.Id]), (t.Name, t.Count)));
        Assert.Equal(terms.Select(t => t.Count).OrderDescending(), terms.Select(t => t.Count));
    }

    [Fact]
    public void Each_terms_filter_lists_every_answer_with_it_and_fragments_list_refs_tags_first()
    {
        var (site, index, levels) = Levels.Value;
        foreach (var term in levels.Terms)
        {
            var expected = site.Answers.Select((a, i) => (a.Slug, i)).Where(x => levels.Of(x.Slug).Contains(term.Id)).Select(x => x.i).ToList();
            Assert.Equal(expected, index.Postings("#" + levels.RefPrefix + term.Id).Select(p => p.Doc));
        }
        Assert.Contains(index.Terms.Keys, t => t.StartsWith("#" + levels.RefPrefix, StringComparison.Ordinal));
        for (var doc = 0; doc < index.Docs; doc++)
        {
            var answer = site.Answers[doc];
            var refs = answer.Tags.Select(t => t.Id).Concat(levels.Of(answer.Slug).Select(l => levels.RefPrefix + l));
            Assert.Equal(refs, index.Fragment(doc).GetProperty("g").EnumerateArray().Select(g => g.GetString()!));
        }
    }

    [Fact]
    public void A_terms_name_is_searchable_text()
    {
        var (site, index, levels) = Levels.Value;
        var beginner = levels.TermOf("beginner");
        var stem = Assert.Single(TextAnalyzer.Analyze(beginner.Name)).Stem;
        var expected = site.Answers.Select((a, i) => (a.Slug, i)).Where(x => levels.Of(x.Slug).Contains("beginner")).Select(x => x.i);
        Assert.Superset(expected.ToHashSet(), index.Postings(stem).Select(p => p.Doc).ToHashSet());
    }
}
