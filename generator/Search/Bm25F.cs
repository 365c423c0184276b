namespace RunnersQA.Search;

/// <summary>The scoring of docs/search.md: BM25F over five weighted fields.</summary>
internal static class Bm25F
{
    public const int FieldCount = 5;
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>By <see cref="SearchField"/>: title, tags, question, expert, body.</summary>
    private static readonly double[] Weights = [3.0, 2.5, 1.5, 1.2, 1.0];

    public static double Idf(int docs, int docFrequency) => Math.Log(1 + (docs - docFrequency + 0.5) / (docFrequency + 0.5));

    /// <summary>Each field's length normalisation for one answer: 1 - b + b * len / avglen.</summary>
    public static void Normalisers(in FieldLengths lengths, ReadOnlySpan<double> averages, Span<double> into)
    {
        for (var f = 0; f < FieldCount; f++)
            into[f] = averages[f] > 0 ? 1 - B + B * lengths[f] / averages[f] : 1;
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

    /// <summary>The integer stored in postings: score x 100, at least 1 so every posting counts.</summary>
    public static int Stored(double score) => Math.Max(1, (int)Math.Round(score * 100, MidpointRounding.AwayFromZero));
}
