using RunnersQA.Publishing;

namespace RunnersQA.Search;

/// <summary>
/// A written shard with a copy of what it holds, so that the next build can tell an unchanged shard (after an
/// edit, most are) from its terms, postings and words, without writing and hashing its JSON again.
/// </summary>
internal sealed class ShardFile
{
    private readonly string[] _terms;
    private readonly int[] _ends;
    private readonly int[] _docs;
    private readonly int[] _scores;
    private readonly (string Word, string Stem)[] _words;

    public ShardFile(OutputFile file, ReadOnlySpan<string> terms, ReadOnlySpan<KeptPostings> postings, ReadOnlySpan<(string, string)> words)
    {
        File = file;
        _terms = terms.ToArray();
        _ends = new int[postings.Length];
        var total = 0;
        for (var i = 0; i < postings.Length; i++) _ends[i] = total += postings[i].Length;
        _docs = new int[total];
        _scores = new int[total];
        for (var i = 0; i < postings.Length; i++)
        {
            var start = i == 0 ? 0 : _ends[i - 1];
            postings[i].Docs.CopyTo(_docs.AsSpan(start));
            postings[i].Scores.CopyTo(_scores.AsSpan(start));
        }
        _words = words.ToArray();
    }

    public OutputFile File { get; }

    /// <summary>The term that starts it: the key under which the next build looks it up.</summary>
    public string First => _terms[0];

    /// <summary>Whether it holds exactly these terms with these postings, and these words.</summary>
    public bool Holds(ReadOnlySpan<string> terms, ReadOnlySpan<KeptPostings> postings, ReadOnlySpan<(string, string)> words)
    {
        if (!terms.SequenceEqual(_terms) || !words.SequenceEqual(_words)) return false;
        for (var i = 0; i < postings.Length; i++)
        {
            var start = i == 0 ? 0 : _ends[i - 1];
            if (postings[i].Length != _ends[i] - start
                || !postings[i].Docs.SequenceEqual(_docs.AsSpan(start, postings[i].Length))
                || !postings[i].Scores.SequenceEqual(_scores.AsSpan(start, postings[i].Length)))
            {
                return false;
            }
        }
        return true;
    }
}
