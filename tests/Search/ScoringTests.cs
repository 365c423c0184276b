using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>The fast paths of scoring give the very numbers of the plain formulas of docs/search.md.</summary>
public sealed class ScoringTests
{
    [Fact]
    public void Scoring_with_an_answers_field_shares_gives_the_same_doubles()
    {
        var random = new Random(7);
        Span<double> normalisers = stackalloc double[Bm25F.FieldCount];
        Span<double> shares = stackalloc double[Bm25F.FieldCount * Bm25F.SmallCount];
        for (var answer = 0; answer < 2000; answer++)
        {
            for (var f = 0; f < Bm25F.FieldCount; f++) normalisers[f] = 0.25 + random.NextDouble() * 3;
            Bm25F.FieldShares(normalisers, shares);
            var counts = new FieldCounts();
            for (var f = 0; f < Bm25F.FieldCount; f++) counts[f] = (ushort)(random.Next(4) == 0 ? random.Next(12) : 0);
            var idf = random.NextDouble() * 9;
            Assert.Equal(Bm25F.Score(counts, normalisers, idf), Bm25F.Score(counts, normalisers, shares, idf));
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.004)]
    [InlineData(0.005)]
    [InlineData(0.015)]
    [InlineData(0.125)]
    [InlineData(1.0049999999999999)]
    [InlineData(2.675)]
    [InlineData(12.345)]
    public void Stored_scores_round_half_away_from_zero_as_math_round_does(double score) =>
        Assert.Equal(Math.Max(1, (int)Math.Round(score * 100, MidpointRounding.AwayFromZero)), Bm25F.Stored(score));

    [Fact]
    public void Stored_scores_match_math_round_on_many_scores()
    {
        var random = new Random(11);
        for (var i = 0; i < 100_000; i++)
        {
            // Half of them exactly on a half hundredth, where the two could part.
            var score = i % 2 == 0 ? random.NextDouble() * 30 : (random.Next(3000) + 0.5) / 100;
            Assert.Equal(Math.Max(1, (int)Math.Round(score * 100, MidpointRounding.AwayFromZero)), Bm25F.Stored(score));
        }
    }
}
