using System.Globalization;

namespace RunnersQA.Bench;

/// <summary>The figures of one run, as plain text or Markdown, with the goals the search is held to.</summary>
public static class BenchReport
{
    /// <summary>First results of a one-word query at 10,000 answers, everything the search fetched, gzipped (docs/search.md).</summary>
    public const long OneWordGoalBytes = 30 * 1024;

    /// <summary>First results of any query at 10,000 answers.</summary>
    public const long AnyQueryGoalBytes = 100 * 1024;

    /// <summary>Re-running a query whose files are cached, so results keep up with typing.</summary>
    public const double WarmGoalMilliseconds = 50;

    public static void Write(TextWriter output, bool markdown, BuildTimes times, IndexSizes sizes, IReadOnlyList<QueryMeasurement> queries)
    {
        Heading(output, markdown, $"Index: {Number(sizes.Answers)} answers (seed {BenchSite.Seed})");
        var index = new TextTable("Figure", "Value");
        index.Add("Build wall time", Seconds(times.Build));
        index.Add("Index build (\"search\" stage)", Seconds(times.SearchIndex));
        index.Add("Answers", Number(sizes.Answers));
        index.Add("Distinct terms indexed (words, stemmed)", Number(sizes.Terms));
        index.Add("Vocabulary (distinct surface words)", Number(sizes.Words));
        index.Add("Search files (search/**/*.json, *.bin)", Number(sizes.Files));
        index.Add("Shards", Number(sizes.Shards));
        index.Add("Posting block files", Number(sizes.Blocks));
        index.Add("Raw bytes", Number(sizes.RawBytes));
        index.Add("Gzip bytes (sum per file)", Number(sizes.GzipBytes));
        index.Add("Manifest gzip", Number(sizes.ManifestGzip));
        index.Add("Largest shard gzip", Number(sizes.LargestShardGzip));
        index.Add("Median shard gzip", Number(sizes.MedianShardGzip));
        index.Add("Client search.js gzip", Number(sizes.ClientGzip));
        index.Write(output, markdown);
        output.WriteLine();

        Heading(output, markdown, "Queries: first results on a cold cache (gzip bytes), warm re-run (ms)");
        var table = new TextTable("Query", "Results", "Client", "Manifest", "Index files", "Index bytes", "Fragments", "Fragment bytes",
            "Total", $"Warm ms (median of {SearchBrowser.WarmRuns})");
        foreach (var q in queries)
            table.Add(q.Query, Number(q.Results), Number(q.ClientBytes), Number(q.ManifestBytes), Number(q.Shards), Number(q.ShardBytes),
                Number(q.Fragments), Number(q.FragmentBytes), Number(q.TotalBytes), Milliseconds(q.WarmMilliseconds));
        table.Write(output, markdown);
        output.WriteLine();

        Heading(output, markdown, "Summary");
        var oneWord = queries.Where(q => q.IsOneWord).Select(q => q.TotalBytes).ToList();
        var all = queries.Select(q => q.TotalBytes).ToList();
        var warm = queries.Max(q => q.WarmMilliseconds);
        output.WriteLine($"- One-word query, first results: median {Number(Statistics.Median(oneWord))} B, max {Number(oneWord.Max())} B " +
                         $"(goal <= {Number(OneWordGoalBytes)} B: {Verdict(oneWord.Max() <= OneWordGoalBytes)})");
        output.WriteLine($"- All queries, first results: median {Number(Statistics.Median(all))} B, max {Number(all.Max())} B " +
                         $"(goal <= {Number(AnyQueryGoalBytes)} B at 10,000 answers: {Verdict(all.Max() <= AnyQueryGoalBytes)})");
        output.WriteLine($"- Warm update: max {Milliseconds(warm)} ms (goal <= {Milliseconds(WarmGoalMilliseconds)} ms: {Verdict(warm <= WarmGoalMilliseconds)})");
    }

    private static void Heading(TextWriter output, bool markdown, string title)
    {
        output.WriteLine(markdown ? "## " + title : title);
        if (!markdown) output.WriteLine(new string('=', title.Length));
        output.WriteLine();
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Milliseconds(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
}
