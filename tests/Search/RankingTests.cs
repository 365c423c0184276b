using RunnersQA.Model;
using RunnersQA.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>Scores follow the BM25F of docs/search.md: field weights and idf order the results.</summary>
public sealed class RankingTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    private (Site Site, IndexFiles Index) Write()
    {
        var site = IndexFiles.LoadSite(_site.Input);
        return (site, new IndexFiles(SearchIndexer.Make(site)));
    }

    private static int Doc(Site site, string slug) => site.Answers.Select(a => a.Slug).ToList().IndexOf(slug);

    [Fact]
    public void A_title_match_outranks_a_body_only_match()
    {
        _site.AddAnswer("in-title", 1, "Are zebrafish drills worth it?", "What are these drills?", "They help with cadence and form for most runners.");
        _site.AddAnswer("in-body", 2, "Are cadence drills worth it?", "What are these drills?", "They help with cadence and zebrafish form for most runners.");
        var (site, index) = Write();

        var title = index.Score("zebrafish", Doc(site, "in-title"));
        var body = index.Score("zebrafish", Doc(site, "in-body"));
        Assert.True(body > 0, "the body match is not indexed");
        Assert.True(title > body, $"title {title} <= body {body}");
    }

    [Fact]
    public void A_question_match_outranks_a_body_match()
    {
        _site.AddAnswer("in-question", 1, "Drills", "Are zebrafish drills worth it?", "They help with cadence.");
        _site.AddAnswer("in-body", 2, "Drills", "Are cadence drills worth it?", "They help with zebrafish.");
        var (site, index) = Write();

        Assert.True(index.Score("zebrafish", Doc(site, "in-question")) > index.Score("zebrafish", Doc(site, "in-body")));
    }

    [Fact]
    public void A_rarer_term_scores_higher()
    {
        _site.AddAnswer("both", 1, "Hill repeats", "How do I start?", "Begin with quokka and wombat sessions.");
        _site.AddAnswer("wombat-1", 2, "Tempo runs", "How fast?", "Wombat pace is comfortably hard.");
        _site.AddAnswer("wombat-2", 3, "Long runs", "How long?", "Wombat weekends build endurance.");
        var (site, index) = Write();

        var doc = Doc(site, "both");
        Assert.Single(index.Postings("quokka"));
        Assert.Equal(3, index.Postings("wombat").Length);
        Assert.True(index.Score("quokka", doc) > index.Score("wombat", doc));
    }

    [Fact]
    public void Scores_match_the_formula()
    {
        // Two answers of the same shape: every field length equals its average, so tf' is the field weight.
        _site.AddAnswer("one", 1, "Zebrafish", "Question", "Body");
        _site.AddAnswer("two", 2, "Quokka", "Question", "Body");
        File.Delete(_site.InputPath("answers/2026/sore-knees.md"));
        File.Delete(_site.InputPath("answers/2025/rest-days.md"));
        var (site, index) = Write();

        var idf = Math.Log(1 + (2 - 1 + 0.5) / (1 + 0.5));
        var expected = (int)Math.Round(Math.Log(1 + idf * 3.0 * 2.2 / (3.0 + 1.2)) * 64, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, index.Score("zebrafish", Doc(site, "one")));
    }

    [Fact]
    public void Question_and_body_words_are_both_indexed()
    {
        _site.AddAnswer("split", 1, "Drills", "Should I try **quokka** intervals?\n\n  And what about wombat?", "Try quokka intervals and a wombat cooldown.");
        var (site, index) = Write();
        var doc = Doc(site, "split");
        foreach (var stem in new[] { "quokka", "interv", "wombat", "cooldown" })
            Assert.True(index.Score(stem, doc) > 0, $"{stem} not indexed");
    }

    [Fact]
    public void Accented_text_is_found_by_its_folded_form()
    {
        _site.AddAnswer("accents", 1, "Café runs and the Achilles’ tendon", "Is coffee OK?", "Yes.");
        var (site, index) = Write();
        var doc = Doc(site, "accents");
        Assert.True(index.Score("cafe", doc) > 0);
        Assert.True(index.Score("achil", doc) > 0);
        Assert.Equal("achil", index.Words["achilles"]);
    }
}
