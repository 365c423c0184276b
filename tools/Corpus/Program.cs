using RunnersQA.Tools.Corpus;

// corpus --count N [--seed S] --out DIR : writes an input/ folder of N realistic answers, the same for the same seed.
var count = 1000;
var seed = 42;
string? output = null;
for (var i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--count": count = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--out": output = args[i + 1]; break;
    }
}
if (output is null || count < 1)
{
    Console.Error.WriteLine("usage: corpus --count N [--seed S] --out DIR");
    return 2;
}
var written = new CorpusWriter(seed).Write(output, count);
Console.WriteLine($"Wrote {written} answers into {output} (seed {seed}).");
return 0;
