namespace RunnersQA.Search;

/// <summary>
/// Every term's postings in three flat arrays (term t owns Docs/Scores[Offsets[t]..Offsets[t + 1]]), rather
/// than a list per term: at 100,000 answers there are millions of postings. Filled answer by answer, so each
/// term's doc ids come out ascending without sorting.
/// </summary>
internal sealed class PostingLists
{
    private PostingLists(int[] offsets, int[] docs, int[] scores)
    {
        Offsets = offsets;
        Docs = docs;
        Scores = scores;
    }

    public int[] Offsets { get; }
    public int[] Docs { get; }
    public int[] Scores { get; }

    public ReadOnlySpan<int> DocsOf(int term) => Docs.AsSpan(Offsets[term]..Offsets[term + 1]);
    public ReadOnlySpan<int> ScoresOf(int term) => Scores.AsSpan(Offsets[term]..Offsets[term + 1]);

    /// <summary>Scores every answer's terms; releases each answer's term array once copied, to cap peak memory.</summary>
    public static PostingLists Build(DocTerm[][] docTerms, FieldLengths[] lengths, int termCount)
    {
        var docs = docTerms.Length;
        var frequency = new int[termCount];
        Span<long> totals = stackalloc long[Bm25F.FieldCount];
        for (var d = 0; d < docs; d++)
        {
            foreach (var term in docTerms[d]) frequency[term.Term]++;
            for (var f = 0; f < Bm25F.FieldCount; f++) totals[f] += lengths[d][f];
        }
        Span<double> averages = stackalloc double[Bm25F.FieldCount];
        for (var f = 0; f < Bm25F.FieldCount; f++) averages[f] = docs == 0 ? 0 : (double)totals[f] / docs;

        var offsets = new int[termCount + 1];
        var idf = new double[termCount];
        for (var t = 0; t < termCount; t++)
        {
            offsets[t + 1] = offsets[t] + frequency[t];
            idf[t] = Bm25F.Idf(docs, frequency[t]);
        }

        var cursor = offsets[..termCount];
        var ids = new int[offsets[termCount]];
        var scores = new int[offsets[termCount]];
        Span<double> normalisers = stackalloc double[Bm25F.FieldCount];
        for (var d = 0; d < docs; d++)
        {
            Bm25F.Normalisers(lengths[d], averages, normalisers);
            foreach (var term in docTerms[d])
            {
                var at = cursor[term.Term]++;
                ids[at] = d;
                scores[at] = Bm25F.Stored(Bm25F.Score(term.Counts, normalisers, idf[term.Term]));
            }
            docTerms[d] = null!;
        }
        return new PostingLists(offsets, ids, scores);
    }
}
