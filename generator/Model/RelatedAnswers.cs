namespace RunnersQA.Model;

/// <summary>
/// For every answer, the <see cref="Least"/> to <see cref="Most"/> others that share most tags with it, the newest first
/// among equals (then the newest answers, to make up <see cref="Least"/>).
/// </summary>
/// <remarks>
/// Counting shared tags against every answer of every tag costs the sum of the tags' sizes squared, which grows
/// with the square of the site when one tag is on most answers. Instead every combination of an answer's tags
/// (an answer has few: the tags field caps them) gets a list of the answers that have all of them, newest
/// first. The answers sharing exactly s tags with an answer each sit in exactly one of its s-tag lists, so
/// merging those lists from their heads yields them newest first; going from s = all its tags down to 1
/// yields the exact order wanted, and the search stops after <see cref="Most"/>. The cost per answer no longer grows with
/// the site.
/// </remarks>
internal static class RelatedAnswers
{
    public const int Most = 5;
    public const int Least = 3;

    /// <summary>The most tags an answer has, as the tags field declares: the combinations of its tags are counted in bits.</summary>
    private static readonly int MostTags = Content.Fields.AnswerFields.Tags.MaxItems;

    /// <summary>The most lists of one size an answer's combinations make: the middle binomial coefficient.</summary>
    private static readonly int MostListsOfOneSize = Binomial(MostTags, MostTags / 2);

    /// <summary>Bits per tag in a combination's key, so that the most tags an answer has fit 128 bits.</summary>
    private static readonly int KeyBits = 128 / MostTags;

    /// <param name="answers">Newest first, so a lower position is a newer answer.</param>
    /// <returns>For each answer, the positions of its related answers.</returns>
    public static int[][] Find(IReadOnlyList<Answer> answers)
    {
        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var tagsOf = new int[answers.Count][];
        for (var i = 0; i < answers.Count; i++)
        {
            tagsOf[i] = [.. answers[i].Tags.Select(t => tagIds.TryGetValue(t.Id, out var id) ? id : tagIds[t.Id] = tagIds.Count + 1).Distinct().Order()];
            if (tagsOf[i].Length > MostTags || tagIds.Count >= 1 << KeyBits)
                throw new InvalidOperationException($"related answers handle at most {MostTags} tags per answer and {1 << KeyBits} tags in all");
        }

        // Filled in position order, so every list is newest first.
        var lists = new Dictionary<UInt128, List<int>>();
        for (var i = 0; i < tagsOf.Length; i++)
        {
            for (var combination = 1; combination < 1 << tagsOf[i].Length; combination++)
            {
                var key = Key(tagsOf[i], combination);
                if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
                list.Add(i);
            }
        }

        var related = new int[answers.Count][];
        Parallel.For(0, answers.Count, i => related[i] = Best(i, tagsOf, lists));
        return related;
    }

    private static int[] Best(int self, int[][] tagsOf, Dictionary<UInt128, List<int>> lists)
    {
        var tags = tagsOf[self];
        var best = new List<int>(Most);
        Span<int> heads = stackalloc int[MostListsOfOneSize];
        var level = new List<int>[MostListsOfOneSize];
        for (var shared = tags.Length; shared >= 1 && best.Count < Most; shared--)
        {
            var count = 0;
            for (var combination = 1; combination < 1 << tags.Length; combination++)
            {
                if (int.PopCount(combination) != shared) continue;
                level[count] = lists[Key(tags, combination)];
                heads[count++] = 0;
            }
            while (best.Count < Most)
            {
                // The newest answer at the head of any list that shares exactly this many tags.
                var next = -1;
                var from = -1;
                for (var l = 0; l < count; l++)
                {
                    var list = level[l];
                    while (heads[l] < list.Count && (list[heads[l]] == self || Shared(tags, tagsOf[list[heads[l]]]) != shared)) heads[l]++;
                    if (heads[l] < list.Count && (next < 0 || list[heads[l]] < next)) (next, from) = (list[heads[l]], l);
                }
                if (next < 0) break;
                best.Add(next);
                heads[from]++;
            }
        }
        for (var j = 0; best.Count < Least && j < tagsOf.Length; j++)
        {
            if (j != self && !best.Contains(j)) best.Add(j);
        }
        return [.. best];
    }

    /// <summary>How many tags two sorted tag lists have in common.</summary>
    private static int Shared(int[] a, int[] b)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) (i, j, shared) = (i + 1, j + 1, shared + 1);
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }

    /// <summary>One key per combination of tags: the chosen tag ids (all non-zero), packed in order.</summary>
    private static UInt128 Key(int[] tags, int combination)
    {
        UInt128 key = 0;
        for (var bit = 0; bit < tags.Length; bit++)
        {
            if ((combination & (1 << bit)) != 0) key = key << KeyBits | (UInt128)(uint)tags[bit];
        }
        return key;
    }

    private static int Binomial(int n, int k)
    {
        var result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
