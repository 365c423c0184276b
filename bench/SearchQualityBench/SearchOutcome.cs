namespace RunnersQA.Bench;

/// <summary>
/// One labelled query on one engine, on a cold cache: the slugs of its first results in order (an answer's slug,
/// or the path of any other page), and the gzip bytes the search fetched to show them.
/// </summary>
public sealed record SearchOutcome(LabelledQuery Query, SearchEngine Engine, IReadOnlyList<string> Slugs, long Bytes)
{
    /// <summary>How many results are looked at: the first page of results.</summary>
    public const int Depth = 10;

    /// <summary>The 1-based place of the expected answer among the first <see cref="Depth"/> results, or null.</summary>
    public int? Rank => Slugs.Take(Depth).ToList().IndexOf(Query.ExpectedSlug) is var i and >= 0 ? i + 1 : null;

    public string? FirstSlug => Slugs.Count > 0 ? Slugs[0] : null;

    /// <summary>Reciprocal rank: 1 / rank, 0 when the answer is not among the first results.</summary>
    public double ReciprocalRank => Rank is { } rank ? 1.0 / rank : 0;
}
