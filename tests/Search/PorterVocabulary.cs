namespace RunnersQA.Tests.Search;

/// <summary>
/// Porter's published sample vocabulary and its stems (tests/Fixtures/porter): line n of output.txt is the stem of
/// line n of voc.txt. Our analysis folds words to [a-z0-9] first, so lines with other characters are skipped.
/// </summary>
internal sealed class PorterVocabulary
{
    private static readonly string Folder = Path.Combine(Repository.Fixtures, "porter");

    private PorterVocabulary(string[] words, string[] expected, int lines, int kept)
    {
        Words = words;
        Expected = expected;
        Lines = lines;
        KeptShortWords = kept;
    }

    /// <summary>The words checked, in file order.</summary>
    public string[] Words { get; }

    /// <summary>What each of <see cref="Words"/> must stem to.</summary>
    public string[] Expected { get; }

    /// <summary>Lines of voc.txt.</summary>
    public int Lines { get; }

    /// <summary>Lines left out: not lower-case a-z only.</summary>
    public int Skipped => Lines - Words.Length;

    /// <summary>
    /// Words of one or two letters, which are expected as they are rather than as output.txt has them: our
    /// stemmers keep them, as Porter's reference code does (its DEPARTURE from the printed algorithm), where
    /// output.txt follows the paper ("as" -> "a", "s" -> "", an empty term).
    /// </summary>
    public int KeptShortWords { get; }

    public static PorterVocabulary Load()
    {
        var voc = File.ReadAllLines(Path.Combine(Folder, "voc.txt"));
        var output = File.ReadAllLines(Path.Combine(Folder, "output.txt"));
        Assert.Equal(voc.Length, output.Length);

        var words = new List<string>(voc.Length);
        var expected = new List<string>(voc.Length);
        var kept = 0;
        for (var i = 0; i < voc.Length; i++)
        {
            if (voc[i].Length == 0 || !voc[i].All(char.IsAsciiLetterLower)) continue;
            words.Add(voc[i]);
            if (voc[i].Length <= 2)
            {
                expected.Add(voc[i]);
                kept++;
            }
            else
            {
                expected.Add(output[i]);
            }
        }
        return new PorterVocabulary([.. words], [.. expected], voc.Length, kept);
    }

    /// <summary>Fails, listing the first 20 mismatches, unless <paramref name="actual"/> is <see cref="Expected"/>.</summary>
    public void AssertStems(IReadOnlyList<string> actual, string stemmer)
    {
        Assert.Equal(Words.Length, actual.Count);
        var mismatches = Enumerable.Range(0, Words.Length).Where(i => actual[i] != Expected[i]).ToList();
        if (mismatches.Count == 0) return;
        var listed = mismatches.Take(20).Select(i => $"  {Words[i]}: expected \"{Expected[i]}\", got \"{actual[i]}\"");
        Assert.Fail($"{stemmer} gives {mismatches.Count} of {Words.Length} words of Porter's vocabulary another stem than " +
                    $"Porter's output; the first {Math.Min(20, mismatches.Count)}:\n" + string.Join("\n", listed));
    }
}
