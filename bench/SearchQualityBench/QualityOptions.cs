namespace RunnersQA.Bench;

/// <summary>The command line: <c>[--count N] [--markdown] [--data DIR]</c>, the first two as <see cref="BenchOptions"/> reads them.</summary>
public sealed record QualityOptions(int Count, bool Markdown, string Data)
{
    private const string Usage = "search-quality-bench [--count N] [--markdown] [--data DIR]";

    /// <summary>The labelled answers and queries kept in the repository.</summary>
    public static string DefaultData => Path.Combine(RepositoryRoot.Path, "bench", "SearchQuality");

    public static QualityOptions Parse(IReadOnlyList<string> args)
    {
        var data = DefaultData;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Count) data = Path.GetFullPath(args[++i]);
            else rest.Add(args[i]);
        }
        var common = BenchOptions.Parse(rest, Usage);
        return new QualityOptions(common.Count, common.Markdown, data);
    }
}
