namespace RunnersQA.Bench;

/// <summary>
/// One query on a cold page: how many answers it found, the gzip bytes fetched to show the first results
/// (split by kind of file), and how long re-running it takes once everything it needs is cached.
/// </summary>
public sealed record QueryMeasurement(string Query, int Results, long ClientBytes, long ManifestBytes, int Shards, long ShardBytes,
    int Fragments, long FragmentBytes, double WarmMilliseconds)
{
    public long TotalBytes => ClientBytes + ManifestBytes + ShardBytes + FragmentBytes;

    public bool IsOneWord => ReaderQueries.IsOneWord(Query);
}
