using CsCheck;
using RunnersQA.Tests.Support;
using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>
/// A term's postings in impact-ordered blocks (docs/search.md, "Postings"): none left out, the best first, each block
/// in doc id order, and read back exactly.
/// </summary>
public sealed class PostingBlocksTests
{
    /// <summary>Ascending doc ids (some far apart, for multi-byte varints) with scores from 1 to 255.</summary>
    private static readonly Gen<(int[] Docs, int[] Scores)> Postings =
        Gen.Select(Gen.Int[1, 20_000].Array[0, 9000], Gen.Int[1, 255].Array[9000], Gen.Int[0, 3])
            .Select((gaps, scores, spread) =>
            {
                var docs = new int[gaps.Length];
                var doc = -1;
                for (var i = 0; i < gaps.Length; i++) docs[i] = doc += spread == 0 ? 1 : gaps[i] % (int)Math.Pow(10, spread + 1) + 1;
                return (docs, scores[..gaps.Length]);
            });

    [Fact]
    public void Every_posting_is_in_exactly_one_block_and_reads_back_as_written() =>
        Postings.Sample(p =>
        {
            var blocks = PostingBlocks.Encode(p.Docs, p.Scores);
            var read = blocks.Blocks.SelectMany(b => PostingBlocks.Decode(b)).OrderBy(x => x.Doc).ToArray();
            Assert.Equal(p.Docs.Length, blocks.Count);
            Assert.Equal(p.Docs.Zip(p.Scores), read);
        }, iter: 200);

    [Fact]
    public void Blocks_hold_the_best_postings_first_each_in_doc_id_order() =>
        Postings.Sample(p =>
        {
            var blocks = PostingBlocks.Encode(p.Docs, p.Scores);
            var lowestBefore = int.MaxValue;
            for (var b = 0; b < blocks.Blocks.Length; b++)
            {
                var block = PostingBlocks.Decode(blocks.Blocks[b]);
                Assert.Equal(blocks.Counts[b], block.Length);
                Assert.Equal(Math.Min(PostingBlocks.BlockSize(b), p.Docs.Length - blocks.Counts[..b].Sum()), block.Length);
                Assert.Equal(block.Select(x => x.Doc).Order(), block.Select(x => x.Doc));
                Assert.Equal(block.Max(x => x.Score), blocks.Highest[b]);
                // No posting of a later block scores more than any posting of an earlier one.
                Assert.True(blocks.Highest[b] <= lowestBefore, $"block {b} holds a {blocks.Highest[b]} after a {lowestBefore}");
                lowestBefore = Math.Min(lowestBefore, block.Min(x => x.Score));
            }
        }, iter: 200);

    [Fact]
    public void Among_equal_scores_the_newer_answers_come_first()
    {
        var docs = Enumerable.Range(0, 300).ToArray();
        var blocks = PostingBlocks.Encode(docs, [.. docs.Select(_ => 9)]);
        Assert.Equal(Enumerable.Range(0, PostingBlocks.FirstBlockSize), PostingBlocks.Decode(blocks.Blocks[0]).Select(x => x.Doc));
    }

    [Fact]
    public void Blocks_double_up_to_the_largest_size() =>
        Assert.Equal([128, 256, 512, 1024, 2048, 4096, 4096, 4096], Enumerable.Range(0, 8).Select(PostingBlocks.BlockSize));

    [Fact]
    public void A_word_in_many_answers_keeps_them_all_and_its_first_block_holds_the_best()
    {
        using var site = TempSite.FromFixture("minimal");
        for (var i = 0; i < 1200; i++)
        {
            // A word in one answer of three; one in four of those has it in its title too, so those score highest.
            var title = i % 12 == 0 ? $"Marathon question {i}" : $"Question number {i}";
            var body = i % 3 == 0 ? $"Marathon training note {i}." : $"Tempo training note {i}.";
            site.AddAnswer($"gen-{i:0000}", i, title, "What about it?", body, "strength");
        }
        var model = IndexFiles.LoadSite(site.Input);
        var index = new IndexFiles(SearchIndexer.Make(model));

        var marathon = index.Postings("marathon");
        Assert.Equal(model.Answers.Count(a => a.PlainText.Contains("Marathon", StringComparison.Ordinal)), marathon.Length);
        Assert.True(marathon.Length >= 400);
        var blocks = index.Blocks("marathon");
        Assert.True(blocks.Count >= 3, $"{blocks.Count} blocks");
        var inTitle = model.Answers.Select((a, i) => (a, i)).Where(x => x.a.Title.StartsWith("Marathon", StringComparison.Ordinal)).Select(x => x.i).ToHashSet();
        Assert.Subset(blocks[0].Postings.Select(p => p.Doc).ToHashSet(), inTitle);
        Assert.Equal(model.Answers.Count(a => a.Tags.Any(t => t.Id == "strength")), index.Postings("#strength").Length);
    }
}
