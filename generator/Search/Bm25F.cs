using System.Runtime.CompilerServices;

namespace RunnersQA.Search;

/// <summary>The scoring of docs/search.md: BM25F over five weighted fields.</summary>
internal static class Bm25F
{
    public const int FieldCount = 5;
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Counts below this have their field's share looked up in <see cref="FieldShares"/>' table: nearly all do.</summary>
    public const int SmallCount = 8;

    /// <summary>By <see cref="SearchField"/>: title, tags, question, expert, body.</summary>
    private static readonly double[] Weights = [3.0, 2.5, 1.5, 1.2, 1.0];

    public static double Idf(int docs, int docFrequency) => Math.Log(1 + (docs - docFrequency + 0.5) / (docFrequency + 0.5));

    /// <summary>Each field's length normalisation for one answer: 1 - b + b * len / avglen.</summary>
    public static void Normalisers(in FieldLengths lengths, ReadOnlySpan<double> averages, Span<double> into)
    {
        for (var f = 0; f < FieldCount; f++)
            into[f] = averages[f] > 0 ? 1 - B + B * lengths[f] / averages[f] : 1;
    }

    /// <summary>
    /// One answer's w_f * c / norm_f for each field f and each count c below <see cref="SmallCount"/>, at
    /// [f * SmallCount + c]: the terms <see cref="Score(in FieldCounts, ReadOnlySpan{double}, double)"/> adds up,
    /// computed once per answer rather than once per posting.
    /// </summary>
    public static void FieldShares(ReadOnlySpan<double> normalisers, Span<double> into)
    {
        for (var f = 0; f < FieldCount; f++)
        {
            for (var c = 0; c < SmallCount; c++) into[f * SmallCount + c] = Weights[f] * c / normalisers[f];
        }
    }

    /// <summary>
    /// The same double as <see cref="Score(in FieldCounts, ReadOnlySpan{double}, double)"/>, with one answer's
    /// <see cref="FieldShares"/>: every posting is scored on every build.
    /// </summary>
    /// <remarks>
    /// The same shares are added in the same order; a zero count adds 0.0, which leaves a sum as skipping it does.
    /// Written out for the five fields: the loop, not inlined, took most of the scoring time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Score(in FieldCounts counts, ReadOnlySpan<double> normalisers, ReadOnlySpan<double> shares, double idf)
    {
        int title = counts[0], tags = counts[1], question = counts[2], expert = counts[3], body = counts[4];
        if ((title | tags | question | expert | body) >= SmallCount) return Score(counts, normalisers, idf);
        var tf = shares[title] + shares[SmallCount + tags] + shares[2 * SmallCount + question]
            + shares[3 * SmallCount + expert] + shares[4 * SmallCount + body];
        return idf * tf * (K1 + 1) / (tf + K1);
    }

    public static double Score(in FieldCounts counts, ReadOnlySpan<double> normalisers, double idf)
    {
        var tf = 0.0;
        for (var f = 0; f < FieldCount; f++)
        {
            if (counts[f] != 0) tf += Weights[f] * counts[f] / normalisers[f];
        }
        return idf * tf * (K1 + 1) / (tf + K1);
    }

    /// <summary>How finely a stored score divides ln(1 + score): the client reads a stored q as exp(q / scale) - 1.</summary>
    public const double StoredScale = 64;

    /// <summary>
    /// The byte stored in postings: ln(1 + score) x <see cref="StoredScale"/>, rounded, from 1 (so every posting counts) to 255.
    /// </summary>
    /// <remarks>
    /// A logarithmic scale keeps the same relative precision for weak and strong matches, so one byte ranks
    /// as well as the exact score does for all but near ties.
    /// </remarks>
    public static int Stored(double score) => Math.Clamp((int)(Math.Log(1 + score) * StoredScale + 0.5), 1, 255);

    /// <summary>What a stored byte stands for, as the client reads it.</summary>
    public static double Unstored(int stored) => Math.Exp(stored / StoredScale) - 1;
}
