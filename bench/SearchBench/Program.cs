using RunnersQA.Bench;
using RunnersQA.Tests.Support;

// search-bench [--count N] [--markdown]: builds a generated corpus, then measures its static search in headless
// Chromium. Progress goes to stderr; the report alone goes to stdout.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.Error.WriteLine($"Generating {options.Count:N0} answers...");
using var site = BenchSite.Generate(options.Count);
Console.Error.WriteLine($"Building {site.Output}...");
var times = site.Build();
var sizes = IndexSizes.Measure(site.Output);

await using var server = await StaticSiteServer.StartAsync(site.Output);
await using var browser = await SearchBrowser.LaunchAsync();
var queries = new List<QueryMeasurement>();
foreach (var query in ReaderQueries.All)
{
    Console.Error.WriteLine($"Query \"{query}\"...");
    queries.Add(await browser.MeasureAsync(server.Address, query));
}

BenchReport.Write(Console.Out, options.Markdown, times, sizes, queries);
return 0;
