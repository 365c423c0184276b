using RunnersQA.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>
/// An answer that uses one entry of a synonyms.yml group is filed under the others' terms too (docs/search.md,
/// "Synonyms"): both ways, for phrases of several words, in the field where the entry stands, and never for words that
/// merely stand apart.
/// </summary>
public sealed class SynonymIndexTests
{
    private static (RunnersQA.Model.Site Site, IndexFiles Index) Build(string synonyms)
    {
        using var site = TempSite.FromFixture("minimal");
        site.AddAnswer("doms-only", 1, "Legs stiff after a race", "Why so stiff?", "That is DOMS, and it passes.");
        site.AddAnswer("phrase-only", 2, "Stiff two days later", "Why later?", "It is delayed onset muscle soreness from the descent.");
        site.AddAnswer("words-apart", 3, "Onset of pain", "When?", "A delayed start, some muscle work and soreness in general.");
        site.AddAnswer("itb-title", 4, "Is my ITB too tight?", "Outside of the knee.", "Foam roll less, strengthen more.");
        site.WriteInput("synonyms.yml", synonyms);
        var model = IndexFiles.LoadSite(site.Input);
        return (model, new IndexFiles(SearchIndexer.Make(model)));
    }

    private static int Doc(RunnersQA.Model.Site site, string slug) => site.Answers.Select((a, i) => (a, i)).Single(x => x.a.Slug == slug).i;

    [Fact]
    public void A_group_files_each_answer_under_every_entry()
    {
        var (site, index) = Build("- [DOMS, delayed onset muscle soreness]\n- [ITB, iliotibial band, IT band]\n");
        var doms = index.Postings("dom").Select(p => p.Doc).ToHashSet();
        Assert.Contains(Doc(site, "doms-only"), doms);
        Assert.Contains(Doc(site, "phrase-only"), doms); // the phrase in a row gives the short form
        Assert.DoesNotContain(Doc(site, "words-apart"), doms); // the same words apart do not
        foreach (var stem in new[] { "delai", "onset", "muscl", "sore" })
            Assert.Contains(Doc(site, "doms-only"), index.Postings(stem).Select(p => p.Doc));
        Assert.Contains(Doc(site, "itb-title"), index.Postings("iliotibi").Select(p => p.Doc));
        // "IT band" is only "band" to search ("it" is a stop word): it is added, but never matches on its own.
        Assert.Contains(Doc(site, "itb-title"), index.Postings("band").Select(p => p.Doc));
    }

    [Fact]
    public void An_added_term_counts_in_the_field_its_entry_stands_in()
    {
        var (site, index) = Build("- [ITB, iliotibial band]\n");
        var inTitle = index.Score("iliotibi", Doc(site, "itb-title"));
        var (plain, plainIndex) = Build("");
        Assert.Equal(0, plainIndex.Score("iliotibi", Doc(plain, "itb-title")));
        // As high as the title word it stands for (both once, in the title, in one answer): the title weighs most.
        Assert.Equal(index.Score("itb", Doc(site, "itb-title")), inTitle);
        Assert.True(inTitle > 0);
    }

    [Fact]
    public void Changing_the_synonyms_changes_the_index_with_a_warm_cache()
    {
        using var site = TempSite.FromFixture("minimal");
        site.AddAnswer("doms-only", 1, "Legs stiff after a race", "Why so stiff?", "That is DOMS, and it passes.");
        var cache = new SearchIndexCache();
        site.WriteInput("synonyms.yml", "- [DOMS, delayed onset muscle soreness]\n");
        var before = new IndexFiles(SearchIndexer.Make(IndexFiles.LoadSite(site.Input), cache));
        Assert.NotEmpty(before.Postings("onset"));
        site.WriteInput("synonyms.yml", "- [DOMS, muscle ache]\n");
        var model = IndexFiles.LoadSite(site.Input);
        var warm = SearchIndexer.Make(model, cache);
        var cold = SearchIndexer.Make(model);
        Assert.Equal(cold.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes.Span))), warm.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes.Span))));
        Assert.Empty(new IndexFiles(warm).Postings("onset"));
    }
}
