using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>Shards are consecutive ranges of the sorted keys, each near the target size.</summary>
public sealed class ShardLayoutTests
{
    [Fact]
    public void Everything_fits_in_one_shard_under_the_target()
    {
        var range = Assert.Single(ShardLayout.Split([10, 10, 10, 10, 10, 10, 10, 10], targetBytes: 1000));
        Assert.Equal(new ShardLayout.Range(0, 8), range);
    }

    [Fact]
    public void Shards_split_before_the_key_that_would_pass_the_target()
    {
        var ranges = ShardLayout.Split([10, 10, 10, 10, 10, 10, 10, 10], targetBytes: 30);
        Assert.Equal([(0, 3), (3, 6), (6, 8)], ranges.Select(r => (r.Start, r.End)));
    }

    [Fact]
    public void A_key_larger_than_the_target_has_a_shard_of_its_own()
    {
        var ranges = ShardLayout.Split([10, 10, 500, 10, 10, 10, 10, 10], targetBytes: 30);
        Assert.Equal([(0, 2), (2, 3), (3, 6), (6, 8)], ranges.Select(r => (r.Start, r.End)));
    }

    [Fact]
    public void Ranges_cover_every_key_once_in_order_and_stay_under_the_target()
    {
        var random = new Random(5);
        var bytes = Enumerable.Range(0, 2000).Select(_ => 1 + random.Next(60)).ToArray();
        var ranges = ShardLayout.Split(bytes, targetBytes: 300);
        Assert.Equal(0, ranges[0].Start);
        Assert.Equal(bytes.Length, ranges[^1].End);
        for (var i = 0; i < ranges.Count; i++)
        {
            if (i > 0) Assert.Equal(ranges[i - 1].End, ranges[i].Start);
            Assert.InRange(bytes[ranges[i].Start..ranges[i].End].Sum(), 1, 300);
        }
    }

    [Fact]
    public void No_keys_make_no_shards() => Assert.Empty(ShardLayout.Split([]));
}
