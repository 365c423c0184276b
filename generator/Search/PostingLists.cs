namespace RunnersQA.Search;

/// <summary>
/// Every term's postings in three flat arrays (term t owns Docs/Scores[Offsets[t]..Offsets[t + 1]]), rather
/// than a list per term: a large site has far too many postings for an object each. Each term's doc ids ascend.
/// A term no answer uses any more (it stays in an append-only <see cref="TermTable"/>) has no postings.
/// </summary>
internal sealed class PostingLists
{
    /// <summary>Fewer answers than this per worker cost more to split than they take to score.</summary>
    private const int MinAnswersPerChunk = 512;

    private PostingLists(int[] offsets, int[] docs, int[] scores)
    {
        Offsets = offsets;
        Docs = docs;
        Scores = scores;
    }

    public int[] Offsets { get; }
    public int[] Docs { get; }
    public int[] Scores { get; }

    public int Count(int term) => Offsets[term + 1] - Offsets[term];
    public ReadOnlySpan<int> DocsOf(int term) => Docs.AsSpan(Offsets[term]..Offsets[term + 1]);
    public ReadOnlySpan<int> ScoresOf(int term) => Scores.AsSpan(Offsets[term]..Offsets[term + 1]);

    /// <summary>Scores every answer's terms, the answers in consecutive chunks side by side.</summary>
    /// <remarks>
    /// Each chunk first counts its own answers' terms; chunk k then writes a term's postings after those of the
    /// chunks before it, so doc ids come out ascending without sorting, and the arrays do not depend on the
    /// number of chunks.
    /// </remarks>
    /// <param name="recycle">The last build's lists, done with: their arrays are written over where large enough.</param>
    public static PostingLists Build(IReadOnlyList<AnalyzedAnswer> answers, int termCount, PostingLists? recycle = null)
    {
        var docs = answers.Count;
        var chunks = Math.Clamp(docs / MinAnswersPerChunk, 1, Environment.ProcessorCount);
        var cursors = new int[chunks][];
        var totals = new long[chunks * Bm25F.FieldCount];
        Parallel.For(0, chunks, k =>
        {
            var counts = cursors[k] = new int[termCount];
            var (from, to) = Chunk(k, chunks, docs);
            for (var d = from; d < to; d++)
            {
                var answer = answers[d];
                foreach (var term in answer.Terms) counts[term.Term]++;
                var lengths = answer.Lengths;
                for (var f = 0; f < Bm25F.FieldCount; f++) totals[k * Bm25F.FieldCount + f] += lengths[f];
            }
        });

        // Counts become each chunk's first position per term.
        var offsets = new int[termCount + 1];
        var idf = new double[termCount];
        for (var t = 0; t < termCount; t++)
        {
            var at = offsets[t];
            foreach (var cursor in cursors)
            {
                var count = cursor[t];
                cursor[t] = at;
                at += count;
            }
            offsets[t + 1] = at;
            idf[t] = Bm25F.Idf(docs, at - offsets[t]);
        }
        var averages = new double[Bm25F.FieldCount];
        for (var f = 0; f < Bm25F.FieldCount; f++)
        {
            long length = 0;
            for (var k = 0; k < chunks; k++) length += totals[k * Bm25F.FieldCount + f];
            averages[f] = docs == 0 ? 0 : (double)length / docs;
        }

        // On a large site these are large objects: new ones every build would soon cost a full collection.
        var postings = offsets[termCount];
        var ids = recycle is not null && recycle.Docs.Length >= postings ? recycle.Docs : new int[postings + postings / 8];
        var scores = recycle is not null && recycle.Scores.Length >= postings ? recycle.Scores : new int[ids.Length];
        Parallel.For(0, chunks, k =>
        {
            var cursor = cursors[k];
            var (from, to) = Chunk(k, chunks, docs);
            Span<double> normalisers = stackalloc double[Bm25F.FieldCount];
            Span<double> shares = stackalloc double[Bm25F.FieldCount * Bm25F.SmallCount];
            for (var d = from; d < to; d++)
            {
                var answer = answers[d];
                Bm25F.Normalisers(answer.Lengths, averages, normalisers);
                Bm25F.FieldShares(normalisers, shares);
                foreach (ref readonly var term in answer.Terms.AsSpan())
                {
                    var at = cursor[term.Term]++;
                    ids[at] = d;
                    scores[at] = Bm25F.Stored(Bm25F.Score(term.Counts, normalisers, shares, idf[term.Term]));
                }
            }
        });
        return new PostingLists(offsets, ids, scores);
    }

    private static (int From, int To) Chunk(int k, int chunks, int docs) =>
        ((int)((long)docs * k / chunks), (int)((long)docs * (k + 1) / chunks));
}
