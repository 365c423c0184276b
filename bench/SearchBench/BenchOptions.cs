using System.Globalization;

namespace RunnersQA.Bench;

/// <summary>The command line: <c>[--count N] [--markdown]</c>.</summary>
public sealed record BenchOptions(int Count, bool Markdown)
{
    public const int DefaultCount = 10_000;

    /// <param name="usage">The command line as the error message shows it.</param>
    public static BenchOptions Parse(IReadOnlyList<string> args, string usage = "search-bench [--count N] [--markdown]")
    {
        var count = DefaultCount;
        var markdown = false;
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
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'; usage: {usage}");
            }
        }
        if (count < 1) throw new ArgumentException("--count must be at least 1");
        return new BenchOptions(count, markdown);
    }
}
