using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>Shards are consecutive ranges of the sorted terms, each near the target size.</summary>
public sealed class ShardLayoutTests
{
    private static readonly string[] Terms = ["#knee-pain", "achil", "calf", "hamstr", "knee", "run", "stretch", "tight"];

    [Fact]
    public void Everything_fits_in_one_shard_under_the_target()
    {
        var range = Assert.Single(ShardLayout.Split(Terms, [.. Terms.Select(_ => 10)], [], [], targetBytes: 1000));
        Assert.Equal(new ShardLayout.Range(0, Terms.Length, 0, 0), range);
    }

    [Fact]
    public void Shards_split_before_the_term_that_would_pass_the_target()
    {
        var ranges = ShardLayout.Split(Terms, [.. Terms.Select(_ => 10)], [], [], targetBytes: 30);
        Assert.Equal([(0, 3), (3, 6), (6, 8)], ranges.Select(r => (r.TermStart, r.TermEnd)));
    }

    [Fact]
    public void A_term_larger_than_the_target_has_a_shard_of_its_own()
    {
        var ranges = ShardLayout.Split(Terms, [10, 10, 500, 10, 10, 10, 10, 10], [], [], targetBytes: 30);
        Assert.Equal([(0, 2), (2, 3), (3, 6), (6, 8)], ranges.Select(r => (r.TermStart, r.TermEnd)));
    }

    [Fact]
    public void Words_go_to_the_shard_whose_range_holds_them_and_count_toward_its_size()
    {
        string[] words = ["aaaaa", "hamstrings", "kneeling", "running", "tightness", "zzzzz"];
        var ranges = ShardLayout.Split(Terms, [.. Terms.Select(_ => 10)], words, [.. words.Select(_ => 5)], targetBytes: 40);

        // Every word exactly once, in order, and inside its shard's term range.
        Assert.Equal(0, ranges[0].WordStart);
        Assert.Equal(words.Length, ranges[^1].WordEnd);
        for (var i = 0; i < ranges.Count; i++)
        {
            if (i > 0) Assert.Equal(ranges[i - 1].WordEnd, ranges[i].WordStart);
            for (var w = ranges[i].WordStart; w < ranges[i].WordEnd; w++)
            {
                if (i > 0) Assert.True(string.CompareOrdinal(words[w], Terms[ranges[i].TermStart]) >= 0, words[w]);
                if (i + 1 < ranges.Count) Assert.True(string.CompareOrdinal(words[w], Terms[ranges[i + 1].TermStart]) < 0, words[w]);
            }
            var size = 10 * (ranges[i].TermEnd - ranges[i].TermStart) + 5 * (ranges[i].WordEnd - ranges[i].WordStart);
            Assert.True(size <= 40, $"shard {i} is {size} bytes");
        }
    }

    [Fact]
    public void No_terms_make_no_shards() => Assert.Empty(ShardLayout.Split([], [], [], []));
}
