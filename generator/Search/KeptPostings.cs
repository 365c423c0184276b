namespace RunnersQA.Search;

/// <summary>
/// A term's postings as a shard writes them, after capping: a slice of the <see cref="PostingLists"/> arrays,
/// or of the buffer that capped terms share.
/// </summary>
internal readonly record struct KeptPostings(int[] DocArray, int[] ScoreArray, int Start, int Length)
{
    public Span<int> Docs => DocArray.AsSpan(Start, Length);
    public Span<int> Scores => ScoreArray.AsSpan(Start, Length);
}
