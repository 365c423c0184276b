using System.Globalization;

namespace RunnersQA.Bench;

/// <summary>The figures of one run, as plain text or Markdown: quality by engine and class, the indexes, then the misses.</summary>
public static class QualityReport
{
    public const string AllClasses = "all";

    public static void Write(TextWriter output, bool markdown, int answers, IReadOnlyList<IndexFigures> indexes,
        IReadOnlyList<SearchOutcome> outcomes)
    {
        var queries = outcomes.Select(o => o.Query).Distinct().Count();
        Heading(output, markdown, $"Search quality: {Number(queries)} labelled queries on {Number(answers)} answers (seed {BenchSite.Seed})");
        var quality = new TextTable("Engine", "Class", "Queries", "Top-1 %", "Top-3 %", "MRR", "Median bytes", "Max bytes");
        var classes = outcomes.Select(o => o.Query.Class).Distinct().ToList();
        foreach (var engine in Engines(outcomes))
        {
            var ofEngine = outcomes.Where(o => o.Engine == engine).ToList();
            foreach (var name in classes)
                Row(engine, name, ofEngine.Where(o => o.Query.Class == name).ToList());
            Row(engine, AllClasses, ofEngine);
        }
        quality.Write(output, markdown);
        output.WriteLine();
        output.WriteLine($"Top-N %: queries whose expected answer is among the first N results. MRR: the mean of 1/rank over the first " +
                         $"{SearchOutcome.Depth} results (0 when not among them). Bytes: gzip, fetched on an empty cache to show the " +
                         "first results, client script included.");
        output.WriteLine();

        Heading(output, markdown, "Index");
        var index = new TextTable("Engine", "Build (ms)", "Size (MB)", "Files", "Pages indexed", "Words indexed");
        foreach (var figures in indexes)
            index.Add(Name(figures.Engine), Number((long)Math.Round(figures.Build.TotalMilliseconds)),
                (figures.Bytes / (1024.0 * 1024.0)).ToString("0.00", CultureInfo.InvariantCulture), Number(figures.Files),
                figures.Pages < 0 ? "?" : Number(figures.Pages), figures.Words < 0 ? "?" : Number(figures.Words));
        index.Write(output, markdown);
        output.WriteLine();
        output.WriteLine("Build: ours is the build's \"search\" stage, Pagefind the wall time of its CLI on the built site. " +
                         "Size: raw bytes on disk, ours search/ without its HTML page, Pagefind all of pagefind/ (its UI files included). " +
                         "Words indexed: ours the distinct stemmed terms (the manifest's `terms`), Pagefind's as its log reports them.");
        output.WriteLine();

        Heading(output, markdown, "Misses: the expected answer not first");
        var misses = outcomes.Where(o => o.Rank != 1).ToList();
        if (misses.Count == 0)
        {
            output.WriteLine("None.");
            return;
        }
        var table = new TextTable("Query", "Class", "Engine", "Rank", "Expected", "First result");
        foreach (var miss in misses)
            table.Add(miss.Query.Query, miss.Query.Class, Name(miss.Engine), miss.Rank is { } rank ? Number(rank) : "-",
                miss.Query.ExpectedSlug, miss.FirstSlug ?? "(none)");
        table.Write(output, markdown);

        void Row(SearchEngine engine, string name, IReadOnlyList<SearchOutcome> rows)
        {
            if (rows.Count == 0) return;
            quality.Add(Name(engine), name, Number(rows.Count), Percent(rows.Count(o => o.Rank == 1), rows.Count),
                Percent(rows.Count(o => o.Rank <= 3), rows.Count),
                rows.Average(o => o.ReciprocalRank).ToString("0.000", CultureInfo.InvariantCulture),
                Number(Statistics.Median(rows.Select(o => o.Bytes))), Number(rows.Max(o => o.Bytes)));
        }
    }

    public static string Name(SearchEngine engine) => engine switch
    {
        SearchEngine.Ours => "ours",
        SearchEngine.Pagefind => "Pagefind",
        _ => engine.ToString(),
    };

    private static IEnumerable<SearchEngine> Engines(IReadOnlyList<SearchOutcome> outcomes) => outcomes.Select(o => o.Engine).Distinct();

    private static void Heading(TextWriter output, bool markdown, string title)
    {
        output.WriteLine(markdown ? "## " + title : title);
        if (!markdown) output.WriteLine(new string('=', title.Length));
        output.WriteLine();
    }

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
