using RunnersQA.Content;

namespace RunnersQA.Validation;

/// <summary>The closest known name to a misspelt one, for "did you mean" hints.</summary>
public static class NearestName
{
    /// <param name="limit">The most edits a suggestion may be away; by default a third of the name's length.</param>
    /// <remarks>
    /// Failing that, the one name that holds the wrong one as a whole word: "rachel" is "rachel-moss", "knee" is
    /// "knee-pain" (a first name, or a tag cut short, is the commonest way to get an id wrong).
    /// </remarks>
    public static string? Find(string wrong, IEnumerable<string> known, int? limit = null)
    {
        limit ??= Math.Max(2, wrong.Length / 3);
        var names = known as IReadOnlyCollection<string> ?? [.. known];
        return names.Select(k => (Name: k, Distance: Distance(wrong, k)))
                    .Where(x => x.Distance <= limit)
                    .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
                    .Select(x => x.Name).FirstOrDefault()
            ?? (wrong.Length >= 3 && names.Where(k => k.Split('-', '_').Contains(wrong, StringComparer.OrdinalIgnoreCase)).ToList() is [var only] ? only : null);
    }

    /// <summary>Levenshtein distance, two rows at a time.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
