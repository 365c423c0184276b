using System.Security.Cryptography;
using RunnersQA.Publishing;

namespace RunnersQA.Search;

/// <summary>
/// The fragments of <see cref="SearchIndexer.FragmentGroupSize"/> consecutive doc ids, in a folder named by
/// the hash of those fragments: an edit to one answer renames its group's files, not every fragment.
/// </summary>
internal sealed class FragmentGroup
{
    private readonly byte[][] _fragments;

    private FragmentGroup(byte[][] fragments, string folder, OutputFile[] files)
    {
        _fragments = fragments;
        Folder = folder;
        Files = files;
    }

    /// <summary>"d/&lt;hash&gt;/", relative to the manifest.</summary>
    public string Folder { get; }

    /// <summary>search/d/&lt;hash&gt;/&lt;doc-id&gt;.json for each doc id of the group, in order.</summary>
    public OutputFile[] Files { get; }

    /// <summary>Group <paramref name="index"/> of <paramref name="answers"/> (all of them, by doc id).</summary>
    /// <param name="before">The same group last build, reused when its fragments are the very same arrays.</param>
    public static FragmentGroup Of(int index, IReadOnlyList<AnalyzedAnswer> answers, FragmentGroup? before)
    {
        var first = index * SearchIndexer.FragmentGroupSize;
        var fragments = new byte[Math.Min(SearchIndexer.FragmentGroupSize, answers.Count - first)][];
        for (var i = 0; i < fragments.Length; i++) fragments[i] = answers[first + i].Fragment;
        if (before is not null && before._fragments.AsSpan().SequenceEqual(fragments, ReferenceEqualityComparer.Instance)) return before;

        var folder = $"d/{Hash(fragments)}/";
        var files = new OutputFile[fragments.Length];
        for (var i = 0; i < files.Length; i++) files[i] = new OutputFile($"{SearchIndexer.Folder}{folder}{first + i}.json", fragments[i]);
        return new FragmentGroup(fragments, folder, files);
    }

    /// <summary>
    /// The hash of a group's fragments together: each in doc id order, followed by a newline (which unindented
    /// JSON never contains), so moving text from one fragment to the next changes it too.
    /// </summary>
    internal static string Hash(IEnumerable<byte[]> fragments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var fragment in fragments)
        {
            hash.AppendData(fragment);
            hash.AppendData("\n"u8);
        }
        return ContentHash.FromDigest(hash.GetHashAndReset());
    }
}
