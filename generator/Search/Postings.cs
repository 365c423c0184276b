using System.Text.Json;

namespace RunnersQA.Search;

/// <summary>One term's postings as the shard stores them: capped, then (doc-id delta, score) pairs.</summary>
internal static class Postings
{
    /// <summary>
    /// The <paramref name="max"/> best postings (highest score, then lowest doc id: the newer answer),
    /// back in doc id order. Postings already within the cap come back as given.
    /// </summary>
    public static (int[] Docs, int[] Scores) Cap(ReadOnlySpan<int> docs, ReadOnlySpan<int> scores, int max)
    {
        if (docs.Length <= max) return (docs.ToArray(), scores.ToArray());
        var (keptDocs, keptScores) = (new int[max], new int[max]);
        int[] histogram = [];
        Cap(docs, scores, keptDocs, keptScores, ref histogram);
        return (keptDocs, keptScores);
    }

    /// <summary>
    /// Fills <paramref name="keptDocs"/> and <paramref name="keptScores"/> (as long as the cap, shorter than the
    /// postings) with the best postings in doc id order. <paramref name="histogram"/> is scratch space, grown
    /// when too small; a worker passes the same one for every term.
    /// </summary>
    /// <remarks>
    /// Scores are small integers, so counting postings per score finds the lowest score kept, and how many of its
    /// postings are kept, in two passes: those are the first ones in doc id order (the newer answers). Sorting
    /// every posting of the commonest words took most of a build's capping time.
    /// </remarks>
    public static void Cap(ReadOnlySpan<int> docs, ReadOnlySpan<int> scores, Span<int> keptDocs, Span<int> keptScores, ref int[] histogram)
    {
        var highest = 0;
        foreach (var score in scores) highest = Math.Max(highest, score);
        if (histogram.Length <= highest) histogram = new int[highest + 1];
        var counts = histogram.AsSpan(0, highest + 1);
        counts.Clear();
        foreach (var score in scores) counts[score]++;

        var lowest = highest;
        var atLowest = keptDocs.Length;
        while (counts[lowest] < atLowest) atLowest -= counts[lowest--];

        var n = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            var score = scores[i];
            if (score < lowest || (score == lowest && atLowest-- <= 0)) continue;
            keptDocs[n] = docs[i];
            keptScores[n++] = score;
        }
    }

    /// <summary>The length of what <see cref="Write"/> writes, for sizing shards before writing them.</summary>
    public static int JsonLength(ReadOnlySpan<int> docs, ReadOnlySpan<int> scores)
    {
        var length = 2 + Math.Max(0, 2 * docs.Length - 1); // brackets and commas
        var previous = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            length += Digits(docs[i] - previous) + Digits(scores[i]);
            previous = docs[i];
        }
        return length;
    }

    private static int Digits(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    /// <summary>Writes the flat array: each doc id as the difference from the previous one (the first as itself).</summary>
    public static void Write(Utf8JsonWriter json, ReadOnlySpan<int> docs, ReadOnlySpan<int> scores)
    {
        json.WriteStartArray();
        var previous = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            json.WriteNumberValue(docs[i] - previous);
            json.WriteNumberValue(scores[i]);
            previous = docs[i];
        }
        json.WriteEndArray();
    }
}
