using RunnersQA.Tools.Corpus;

// corpus --count N [--seed S] [--words FILE | --no-words] [--trust] --out DIR : writes an input/ folder of N realistic
// answers, the same for the same seed and word list; --trust adds reviews, sources, corrections and disclosures. The word list defaults to Debian's wamerican where it is installed.
const string DefaultWords = "/usr/share/dict/american-english";
var count = 1000;
var seed = 42;
string? output = null;
var trust = false;
var wordList = File.Exists(DefaultWords) ? DefaultWords : null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count" when i + 1 < args.Length: count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--seed" when i + 1 < args.Length: seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--out" when i + 1 < args.Length: output = args[++i]; break;
        case "--words" when i + 1 < args.Length: wordList = args[++i]; break;
        case "--no-words": wordList = null; break;
        case "--trust": trust = true; break;
        default: output = null; i = args.Length; break;
    }
}
if (output is null || count < 1)
{
    Console.Error.WriteLine("usage: corpus --count N [--seed S] [--words FILE | --no-words] [--trust] --out DIR");
    return 2;
}
if (wordList is not null && !File.Exists(wordList))
{
    Console.Error.WriteLine($"no word list at {wordList}: install Debian's wamerican, or pass --no-words");
    return 2;
}
var words = wordList is null ? null : ZipfWords.Load(wordList, seed);
var written = new CorpusWriter(seed, words, trust).Write(output, count);
Console.WriteLine($"Wrote {written} answers into {output} (seed {seed}, " +
    (words is null ? "phrase bank only)." : $"{words.Count:N0} words of {wordList} drawn by a Zipf law)."));
return 0;
