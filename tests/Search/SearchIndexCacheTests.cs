using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Search;
using RunnersQA.Templates;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>
/// A build with a warm <see cref="SearchIndexCache"/> (what <c>serve</c> keeps between rebuilds) writes exactly
/// the files, path for path and byte for byte, that a build without one writes.
/// </summary>
public sealed class SearchIndexCacheTests : IDisposable
{
    private const string Hamstrings = "answers/2025/hamstrings-always-feel-tight.md";
    private const string FirstLine = "Stretching more probably isn't the answer.";

    private readonly TempSite _site = TempSite.FromSample();
    private readonly SearchIndexCache _cache = new();

    public void Dispose() => _site.Dispose();

    private Site Load() => IndexFiles.LoadSite(_site.Input);

    /// <summary>Builds the edited site with the warm cache and without one; fails unless both wrote the same files.</summary>
    private IndexFiles WarmEqualsCold()
    {
        var site = Load();
        var warm = SearchIndexer.Make(site, _cache);
        var cold = SearchIndexer.Make(site);
        Assert.Equal(cold.ManifestPath, warm.ManifestPath);
        Assert.Equal(cold.Files.Select(f => f.Path), warm.Files.Select(f => f.Path));
        for (var i = 0; i < cold.Files.Count; i++)
            Assert.True(cold.Files[i].Bytes.Span.SequenceEqual(warm.Files[i].Bytes.Span), $"{cold.Files[i].Path} differs from a build without the cache");
        return new IndexFiles(warm);
    }

    [Fact]
    public void Editing_one_answer_body_writes_what_a_build_without_the_cache_writes()
    {
        SearchIndexer.Make(Load(), _cache);
        _site.Replace(Hamstrings, FirstLine, "Flamingos balance on one leg, and zorblaxing runners should too. " + FirstLine);

        var index = WarmEqualsCold();
        Assert.NotEmpty(index.Postings("zorblax"));
        Assert.Equal("flamingo", index.Words["flamingos"]);
    }

    [Fact]
    public void A_word_taken_out_of_the_only_answer_that_had_it_leaves_the_index()
    {
        var original = _site.ReadInput(Hamstrings);
        _site.Replace(Hamstrings, FirstLine, "Flamingos balance on one leg. " + FirstLine);
        var with = new IndexFiles(SearchIndexer.Make(Load(), _cache));
        Assert.NotEmpty(with.Postings("flamingo"));
        Assert.True(with.Words.ContainsKey("flamingos"));

        _site.WriteInput(Hamstrings, original);
        var without = WarmEqualsCold();
        Assert.False(without.Terms.ContainsKey("flamingo"), "a term no answer has is still in a shard");
        Assert.False(without.Words.ContainsKey("flamingos"), "a word no answer has is still in a shard");
    }

    [Fact]
    public void Adding_and_removing_answers_writes_what_a_build_without_the_cache_writes()
    {
        SearchIndexer.Make(Load(), _cache);
        // The newest answer moves every doc id up by one; the removed one takes its words with it.
        _site.AddAnswer("newest-of-all", 2515, "Is barefoot running worth trying?", "Should I try it?", "Build up slowly over weeks.", "strength");
        File.Delete(_site.InputPath("answers/2025/should-i-change-my-cadence.md"));
        WarmEqualsCold();

        _site.AddAnswer("newest-of-all", 2515, "Is barefoot running worth trying at all?", "Should I try it?", "Build up slowly over weeks.", "strength");
        WarmEqualsCold();
    }

    [Fact]
    public void The_same_site_again_writes_the_same_files()
    {
        var first = SearchIndexer.Make(Load(), _cache);
        var again = SearchIndexer.Make(Load(), _cache);
        Assert.Equal(first.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(again.Files), f => Assert.True(f.First.Bytes.Span.SequenceEqual(f.Second.Bytes.Span), f.First.Path));
    }

    [Fact]
    public void A_change_to_any_value_the_index_reads_misses_the_cache()
    {
        var site = Load();
        SearchIndexer.Make(site, _cache);
        var answer = site.Answers.First(a => a.Tags.Count > 1);
        Assert.NotNull(_cache.Find(SearchDocument.Of(answer)));
        // Equal values in new records (a reload without reuse) still hit; so does a change the index does not read.
        Assert.NotNull(_cache.Find(SearchDocument.Of(Load().Answers.Single(a => a.Slug == answer.Slug))));
        Assert.NotNull(_cache.Find(SearchDocument.Of(answer with { BodyHtml = new HtmlString("<p>Not indexed: the plain text is.</p>") })));

        Answer[] changed =
        [
            answer with { Title = answer.Title + " Really?" },
            answer with { Url = answer.Url + "moved/" },
            answer with { Summary = answer.Summary + " More." },
            answer with { BodyText = answer.BodyText + " More." },
            answer with { QuestionHtml = new HtmlString(answer.QuestionHtml.Value + "<p>More.</p>") },
            answer with { Published = answer.Published with { Iso = "2001-01-01" } },
            answer with { Expert = answer.Expert with { Name = "Someone Else" } },
            WithTags(answer, [.. answer.Tags.Skip(1)]),
            WithTags(answer, [answer.Tags[0] with { Name = "Renamed" }, .. answer.Tags.Skip(1)]),
            WithTags(answer, [answer.Tags[0] with { Id = "renamed" }, .. answer.Tags.Skip(1)]),
        ];
        Assert.All(changed, c => Assert.Null(_cache.Find(SearchDocument.Of(c))));
    }

    /// <summary>The answer with other tags: its terms of the default taxonomy, the first.</summary>
    private static Answer WithTags(Answer answer, ValueList<Term> tags) =>
        answer with { Taxonomies = [answer.Taxonomies[0] with { Terms = tags }, .. answer.Taxonomies.Skip(1)] };

    [Fact]
    public void An_edit_renames_only_the_fragment_group_of_the_answer_it_changes()
    {
        using var site = TempSite.FromFixture("minimal");
        for (var i = 0; i < 600; i++) site.AddAnswer($"gen-{i:000}", i, $"Question number {i}", "What about it?", $"Training note {i}.");
        var cache = new SearchIndexCache();
        var before = new IndexFiles(SearchIndexer.Make(IndexFiles.LoadSite(site.Input), cache));
        Assert.Equal(3, before.FragmentFolders.Count);

        site.AddAnswer("gen-300", 300, "Question number 300, asked again", "What about it?", "Training note 300.");
        var model = IndexFiles.LoadSite(site.Input);
        var group = model.Answers.Select(a => a.Slug).ToList().IndexOf("gen-300") / SearchIndexer.FragmentGroupSize;
        var warm = SearchIndexer.Make(model, cache);
        var after = new IndexFiles(warm);

        for (var g = 0; g < after.FragmentFolders.Count; g++)
        {
            if (g == group) Assert.NotEqual(before.FragmentFolders[g], after.FragmentFolders[g]);
            else Assert.Equal(before.FragmentFolders[g], after.FragmentFolders[g]);
        }
        Assert.Equal(SearchIndexer.Make(model).Files.Select(f => f.Path), warm.Files.Select(f => f.Path));
    }
}

/// <summary>
/// The same with block files in play: a word in hundreds of answers spans several posting blocks, and edits that
/// move its postings between blocks, or add and take away answers, still write what a build without the cache writes.
/// </summary>
public sealed class SearchIndexCacheBlockTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromFixture("minimal");
    private readonly SearchIndexCache _cache = new();

    public SearchIndexCacheBlockTests()
    {
        for (var i = 0; i < 700; i++)
            _site.AddAnswer($"gen-{i:000}", i, i % 5 == 0 ? $"Marathon pacing {i}" : $"Pacing note {i}", "How fast?", $"Marathon pace is {i % 7} seconds slower.");
    }

    public void Dispose() => _site.Dispose();

    private void WarmEqualsCold()
    {
        var site = IndexFiles.LoadSite(_site.Input);
        var warm = SearchIndexer.Make(site, _cache);
        var cold = SearchIndexer.Make(site);
        Assert.Equal(cold.Files.Select(f => f.Path), warm.Files.Select(f => f.Path));
        for (var i = 0; i < cold.Files.Count; i++)
            Assert.True(cold.Files[i].Bytes.Span.SequenceEqual(warm.Files[i].Bytes.Span), $"{cold.Files[i].Path} differs from a build without the cache");
        Assert.Contains(warm.Files, f => f.Path.StartsWith("search/b/", StringComparison.Ordinal));
    }

    [Fact]
    public void Edits_to_a_site_with_block_files_write_what_a_build_without_the_cache_writes()
    {
        WarmEqualsCold();
        // Into a title: that answer's "marathon" posting rises into the first block.
        _site.Replace("answers/gen/gen-013.md", "title: Pacing note 13", "title: Marathon marathon pacing 13");
        WarmEqualsCold();
        _site.AddAnswer("gen-new", 900, "Marathon pacing, new", "How fast?", "Marathon marathon pace.");
        WarmEqualsCold();
        File.Delete(_site.InputPath("answers/gen/gen-100.md"));
        WarmEqualsCold();
        _site.WriteInput("synonyms.yml", "- [marathon, 26.2]\n");
        WarmEqualsCold();
    }
}
