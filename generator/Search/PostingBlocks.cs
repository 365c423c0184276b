using System.Buffers;

namespace RunnersQA.Search;

/// <summary>
/// One term's postings as the index stores them (docs/search.md, "Postings"): ordered by impact (stored score, highest
/// first; then doc id, newest first) and cut into blocks of growing size, the first written into the term's shard,
/// the rest into files of their own that a query fetches only when it needs them. Inside a block, doc ids ascend:
/// each is written as a varint of its difference from the one before, followed by its score byte.
/// </summary>
internal sealed class PostingBlocks : IEquatable<PostingBlocks>
{
    /// <summary>Postings in the first block: enough for a page of one word's best answers, small enough to inline.</summary>
    public const int FirstBlockSize = 128;

    /// <summary>Blocks double in size up to this, so a common word's postings come in a few requests of bounded size.</summary>
    public const int LargestBlockSize = 4096;

    private PostingBlocks(int count, byte[][] blocks, int[] counts, byte[] highest)
    {
        Count = count;
        Blocks = blocks;
        Counts = counts;
        Highest = highest;
    }

    /// <summary>All the term's postings: its document frequency.</summary>
    public int Count { get; }

    /// <summary>Each block's bytes, the first one inlined in the shard.</summary>
    public byte[][] Blocks { get; }

    /// <summary>Each block's number of postings.</summary>
    public int[] Counts { get; }

    /// <summary>Each block's highest stored score: its first in impact order.</summary>
    public byte[] Highest { get; }

    public static int BlockSize(int block) => Math.Min(LargestBlockSize, FirstBlockSize << Math.Min(block, 8));

    /// <param name="docs">The term's doc ids, ascending.</param>
    /// <param name="scores">Their stored scores, 1 to 255.</param>
    public static PostingBlocks Encode(ReadOnlySpan<int> docs, ReadOnlySpan<int> scores)
    {
        var n = docs.Length;
        var order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            ImpactOrder(scores, order.AsSpan(0, n));
            var blockCount = 0;
            for (var at = 0; at < n; at += BlockSize(blockCount++)) { }
            var blocks = new byte[blockCount][];
            var counts = new int[blockCount];
            var highest = new byte[blockCount];
            var start = 0;
            Span<byte> scratch = stackalloc byte[LargestBlockSize * 6];
            for (var b = 0; b < blockCount; b++)
            {
                var size = Math.Min(BlockSize(b), n - start);
                var members = order.AsSpan(start, size);
                highest[b] = (byte)scores[members[0]];
                // Positions ascend with doc ids: sorting the block's positions puts its doc ids in order.
                members.Sort();
                var length = 0;
                var previous = 0;
                foreach (var position in members)
                {
                    length += WriteVarint(scratch[length..], docs[position] - previous);
                    scratch[length++] = (byte)scores[position];
                    previous = docs[position];
                }
                blocks[b] = scratch[..length].ToArray();
                counts[b] = size;
                start += size;
            }
            return new PostingBlocks(n, blocks, counts, highest);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>Positions 0..n-1 by score, highest first, and by position (doc id) within a score: a counting sort.</summary>
    private static void ImpactOrder(ReadOnlySpan<int> scores, Span<int> into)
    {
        Span<int> starts = stackalloc int[257];
        starts.Clear();
        foreach (var score in scores) starts[256 - score]++;
        var sum = 0;
        for (var i = 0; i < starts.Length; i++) (starts[i], sum) = (sum, sum + starts[i]);
        for (var i = 0; i < scores.Length; i++) into[starts[256 - scores[i]]++] = i;
    }

    private static int WriteVarint(Span<byte> into, int value)
    {
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            into[n++] = (byte)(v | 0x80);
            v >>= 7;
        }
        into[n++] = (byte)v;
        return n;
    }

    /// <summary>Reads a block back: its doc ids and stored scores, in doc id order.</summary>
    public static (int Doc, int Score)[] Decode(ReadOnlySpan<byte> block)
    {
        var result = new List<(int, int)>();
        var doc = 0;
        var i = 0;
        while (i < block.Length)
        {
            var delta = 0;
            var shift = 0;
            byte b;
            do
            {
                b = block[i++];
                delta |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            doc += delta;
            result.Add((doc, block[i++]));
        }
        return [.. result];
    }

    public bool Equals(PostingBlocks? other)
    {
        if (other is null || other.Count != Count || other.Blocks.Length != Blocks.Length) return false;
        for (var b = 0; b < Blocks.Length; b++)
            if (!Blocks[b].AsSpan().SequenceEqual(other.Blocks[b])) return false;
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PostingBlocks);

    public override int GetHashCode() => HashCode.Combine(Count, Blocks.Length, Blocks[0].Length);
}
