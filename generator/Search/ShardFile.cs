using RunnersQA.Publishing;

namespace RunnersQA.Search;

/// <summary>
/// A written shard, with the block files of its terms and a copy of what it holds, so that the next build can tell
/// an unchanged shard (after an edit, most are) from its keys, postings and words without writing and hashing it again.
/// </summary>
internal sealed class ShardFile
{
    private readonly string[] _keys;
    private readonly PostingBlocks?[] _postings;
    private readonly string?[] _words;

    public ShardFile(OutputFile file, IReadOnlyList<OutputFile> blockFiles, ReadOnlySpan<string> keys, ReadOnlySpan<PostingBlocks?> postings,
        ReadOnlySpan<string?> words)
    {
        File = file;
        BlockFiles = blockFiles;
        _keys = keys.ToArray();
        _postings = postings.ToArray();
        _words = words.ToArray();
    }

    public OutputFile File { get; }

    /// <summary>Its terms' blocks after the first (search/b/&lt;hash&gt;.bin).</summary>
    public IReadOnlyList<OutputFile> BlockFiles { get; }

    /// <summary>The key that starts it: the key under which the next build looks it up.</summary>
    public string First => _keys[0];

    /// <summary>Whether it holds exactly these keys, with these postings (terms) and these words (typo keys).</summary>
    public bool Holds(ReadOnlySpan<string> keys, ReadOnlySpan<PostingBlocks?> postings, ReadOnlySpan<string?> words)
    {
        if (!keys.SequenceEqual(_keys) || !words.SequenceEqual(_words)) return false;
        for (var i = 0; i < postings.Length; i++)
        {
            if (!Equals(postings[i], _postings[i])) return false;
        }
        return true;
    }
}
