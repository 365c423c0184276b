using RunnersQA.Search;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Search;

/// <summary>A word term keeps its best postings up to the cap; a tag term keeps all.</summary>
public sealed class PostingCapTests
{
    [Fact]
    public void Cap_keeps_the_best_scores_in_doc_order()
    {
        var docs = Enumerable.Range(0, 400).Select(i => i * 2).ToArray();
        var scores = Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? 5 : 100 + i % 50).ToArray();
        var (keptDocs, keptScores) = Postings.Cap(docs, scores, 300);

        Assert.Equal(300, keptDocs.Length);
        Assert.Equal(keptDocs.Order(), keptDocs);
        var expected = docs.Zip(scores).OrderByDescending(p => p.Second).ThenBy(p => p.First).Take(300).OrderBy(p => p.First).ToArray();
        Assert.Equal(expected.Select(p => p.First), keptDocs);
        Assert.Equal(expected.Select(p => p.Second), keptScores);
        Assert.DoesNotContain(5, keptScores);
    }

    [Fact]
    public void Ties_at_the_cut_keep_the_newer_answers()
    {
        var docs = Enumerable.Range(0, 10).ToArray();
        var (keptDocs, _) = Postings.Cap(docs, Enumerable.Repeat(7, 10).ToArray(), 4);
        Assert.Equal([0, 1, 2, 3], keptDocs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(500)]
    [InlineData(1999)]
    public void Cap_keeps_what_sorting_by_score_then_doc_id_keeps(int max)
    {
        // Few distinct scores, so the cut falls inside a run of ties.
        var random = new Random(max);
        var docs = Enumerable.Range(0, 2000).Select(i => i * 3 + random.Next(3)).ToArray();
        var scores = docs.Select(_ => 1 + random.Next(40)).ToArray();
        var (keptDocs, keptScores) = Postings.Cap(docs, scores, max);

        var expected = docs.Zip(scores).OrderByDescending(p => p.Second).ThenBy(p => p.First).Take(max).OrderBy(p => p.First).ToArray();
        Assert.Equal(expected.Select(p => p.First), keptDocs);
        Assert.Equal(expected.Select(p => p.Second), keptScores);
    }

    [Fact]
    public void Postings_within_the_cap_are_kept_as_they_are()
    {
        var (keptDocs, keptScores) = Postings.Cap([1, 4, 9], [3, 1, 2], 300);
        Assert.Equal([1, 4, 9], keptDocs);
        Assert.Equal([3, 1, 2], keptScores);
    }

    [Theory]
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 0 }, new[] { 1 })]
    [InlineData(new[] { 3, 9, 120, 5000, 123456 }, new[] { 1, 99, 100, 2048, 10000 })]
    public void Json_length_is_the_length_written(int[] docs, int[] scores)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer)) Postings.Write(json, docs, scores);
        Assert.Equal(buffer.WrittenCount, Postings.JsonLength(docs, scores));
    }

    [Fact]
    public void Under_a_cap_of_300_a_word_in_350_answers_keeps_its_300_best_postings_and_a_tag_keeps_all()
    {
        using var site = TempSite.FromFixture("minimal");
        for (var i = 0; i < 400; i++)
        {
            // Some answers repeat the word, so the best postings are the ones with it twice. One in eight leave it
            // out: a word in every answer scores next to nothing everywhere, and its cut would be ties alone.
            var word = i % 8 == 7 ? "Tempo" : "Marathon";
            var extra = i % 4 == 0 ? " Marathon again." : "";
            site.AddAnswer($"gen-{i:000}", i, $"Question number {i}", "What about it?", $"{word} training note {i}.{extra}", "strength");
        }
        var model = IndexFiles.LoadSite(site.Input);
        var index = new IndexFiles(SearchIndexer.Make(model, maxWordPostings: 300));

        var marathon = index.Postings("marathon");
        Assert.Equal(300, marathon.Length);
        var strength = index.Postings("#strength");
        Assert.Equal(model.Answers.Count(a => a.Tags.Any(t => t.Id == "strength")), strength.Length);
        Assert.True(strength.Length > 400);
        var twice = model.Answers.Select((a, i) => (a, i)).Where(x => x.a.PlainText.Contains("Marathon again", StringComparison.Ordinal)).Select(x => x.i);
        Assert.Superset(twice.ToHashSet(), marathon.Select(p => p.Doc).ToHashSet());
    }
}
