namespace RunnersQA.Model;

/// <summary>
/// For every answer, the 3 to 5 others that share most tags with it, the newest first among equals (then the
/// newest answers, to make up three). One pass per answer over the answers of its tags, counting into a
/// reused array: at 10,000 answers that is tens of millions of increments, so no dictionary and no sorting.
/// </summary>
internal static class RelatedAnswers
{
    public const int Most = 5;
    public const int Least = 3;

    /// <param name="answers">Newest first, so a lower position is a newer answer.</param>
    /// <param name="tagPositions">For each answer, the positions of the answers of each of its tags.</param>
    /// <returns>For each answer, the positions of its related answers.</returns>
    public static int[][] Find(IReadOnlyList<Answer> answers, Func<Answer, IEnumerable<int[]>> tagPositions)
    {
        var related = new int[answers.Count][];
        Parallel.For(0, answers.Count, () => new Counter(answers.Count), (i, _, counter) =>
        {
            related[i] = [.. counter.Best(i, tagPositions(answers[i]), answers.Count)];
            return counter;
        }, _ => { });
        return related;
    }

    /// <summary>One per worker thread: the counts of shared tags, and which counts it has to clear.</summary>
    private sealed class Counter(int size)
    {
        private readonly int[] _shared = new int[size];
        private readonly List<int> _touched = [];

        public List<int> Best(int self, IEnumerable<int[]> tags, int total)
        {
            foreach (var positions in tags)
            {
                foreach (var j in positions)
                {
                    if (j != self && _shared[j]++ == 0) _touched.Add(j);
                }
            }

            // The best five: most shared, then lowest position (newest). Kept sorted as they come in.
            var best = new List<int>(Most + 1);
            foreach (var j in _touched)
            {
                var at = best.Count;
                while (at > 0 && Better(j, best[at - 1])) at--;
                if (at < Most) best.Insert(at, j);
                if (best.Count > Most) best.RemoveAt(Most);
            }
            foreach (var j in _touched) _shared[j] = 0;
            _touched.Clear();

            for (var j = 0; best.Count < Least && j < total; j++)
            {
                if (j != self && !best.Contains(j)) best.Add(j);
            }
            return best;
        }

        private bool Better(int a, int b) => _shared[a] > _shared[b] || (_shared[a] == _shared[b] && a < b);
    }
}
