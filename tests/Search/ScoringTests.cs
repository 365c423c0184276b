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
    [InlineData(0.0, 1)]
    [InlineData(0.01, 1)]
    [InlineData(1.0, 44)]
    [InlineData(10.0, 153)]
    [InlineData(1000.0, 255)]
    public void Stored_scores_are_a_byte_on_a_log_scale(double score, int stored) => Assert.Equal(stored, Bm25F.Stored(score));

    [Fact]
    public void A_stored_score_reads_back_within_one_step_of_the_scale()
    {
        var random = new Random(11);
        for (var i = 0; i < 100_000; i++)
        {
            var score = 0.02 + random.NextDouble() * 40; // above the lowest byte's score
            var back = Bm25F.Unstored(Bm25F.Stored(score));
            // Half a step of ln(1 + x) x 64 either way: under 1% of 1 + score.
            Assert.InRange(Math.Log(1 + back) - Math.Log(1 + score), -0.5 / Bm25F.StoredScale - 1e-12, 0.5 / Bm25F.StoredScale + 1e-12);
            Assert.True(Bm25F.Stored(score) <= Bm25F.Stored(score + 0.05), "not monotonic");
        }
    }
}
