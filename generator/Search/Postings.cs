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
        var order = new int[docs.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var keyScores = scores.ToArray();
        var keyDocs = docs.ToArray();
        Array.Sort(order, (a, b) => keyScores[a] != keyScores[b] ? keyScores[b].CompareTo(keyScores[a]) : keyDocs[a].CompareTo(keyDocs[b]));
        var kept = order.AsSpan(0, max);
        kept.Sort(); // indexes ascend with doc ids, as the input does
        var cappedDocs = new int[max];
        var cappedScores = new int[max];
        for (var i = 0; i < max; i++)
        {
            cappedDocs[i] = keyDocs[kept[i]];
            cappedScores[i] = keyScores[kept[i]];
        }
        return (cappedDocs, cappedScores);
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
