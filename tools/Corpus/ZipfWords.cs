namespace RunnersQA.Tools.Corpus;

/// <summary>
/// Words of a real word list (Debian's wamerican), ranked in an order fixed by the seed and drawn by a Zipf law:
/// the word of rank r about as often as 1/r, so a few are common and most are rare, as in real text.
/// </summary>
internal sealed class ZipfWords
{
    private readonly string[] _ranked;
    private readonly double[] _cumulative;

    private ZipfWords(string[] ranked)
    {
        _ranked = ranked;
        _cumulative = new double[ranked.Length];
        var sum = 0.0;
        for (var r = 0; r < ranked.Length; r++) _cumulative[r] = sum += 1.0 / (r + 1);
        for (var r = 0; r < ranked.Length; r++) _cumulative[r] /= sum;
    }

    public int Count => _ranked.Length;

    /// <summary>The lower-case words of three letters or more (no possessives, no names) of a one-word-per-line file.</summary>
    public static ZipfWords Load(string path, int seed)
    {
        var words = File.ReadLines(path)
            .Where(w => w.Length >= 3 && w.All(char.IsAsciiLetterLower))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        new Random(seed).Shuffle(words);
        return new ZipfWords(words);
    }

    public string Draw(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble());
        return _ranked[Math.Min(at < 0 ? ~at : at, _ranked.Length - 1)];
    }
}
