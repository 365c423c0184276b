using System.Globalization;

namespace RunnersQA.Bench;

/// <summary>The command line: <c>[--count N] [--markdown] [--data DIR]</c>.</summary>
public sealed record QualityOptions(int Count, bool Markdown, string Data)
{
    public const int DefaultCount = 10_000;

    /// <summary>The labelled answers and queries kept in the repository.</summary>
    public static string DefaultData => Path.Combine(RepositoryRoot.Path, "bench", "SearchQuality");

    public static QualityOptions Parse(IReadOnlyList<string> args)
    {
        var count = DefaultCount;
        var markdown = false;
        var data = DefaultData;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--count" when i + 1 < args.Count:
                    count = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--markdown":
                    markdown = true;
                    break;
                case "--data" when i + 1 < args.Count:
                    data = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'; usage: search-quality-bench [--count N] [--markdown] [--data DIR]");
            }
        }
        if (count < 1) throw new ArgumentException("--count must be at least 1");
        return new QualityOptions(count, markdown, data);
    }
}
