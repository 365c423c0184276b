namespace RunnersQA.Search;

/// <summary>
/// Splits the ordinally sorted keys of the index (terms, then the vocabulary's typo keys) into shards of about
/// <see cref="TargetBytes"/> of JSON each, so a small site has a handful of files and a large one many, none of them
/// large. A shard holds the keys from its first key up to the next shard's first key.
/// </summary>
internal static class ShardLayout
{
    /// <summary>Small once gzipped: one shard is a small part of a query's budget (docs/search.md).</summary>
    public const int TargetBytes = 8 * 1024;

    /// <summary>The vocabulary's shards: a typo reads two of them, and the lists that name them cost the manifest nothing.</summary>
    public const int VocabularyTargetBytes = 2 * 1024;

    /// <summary>One shard: keys[Start..End) of the sorted keys.</summary>
    public readonly record struct Range(int Start, int End);

    /// <param name="bytes">Each sorted key's size in its shard's JSON.</param>
    public static List<Range> Split(ReadOnlySpan<int> bytes, int targetBytes = TargetBytes)
    {
        var shards = new List<Range>();
        var start = 0;
        var size = 0;
        for (var k = 0; k < bytes.Length; k++)
        {
            if (size > 0 && size + bytes[k] > targetBytes)
            {
                shards.Add(new Range(start, k));
                start = k;
                size = 0;
            }
            size += bytes[k];
        }
        if (bytes.Length > 0) shards.Add(new Range(start, bytes.Length));
        return shards;
    }
}
