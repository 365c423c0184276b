using RunnersQA.Bench;
using RunnersQA.Tests.Support;

// search-quality-bench [--count N] [--markdown] [--data DIR]: builds a generated corpus with the hand-written answers of
// DIR added, indexes the built site with our search and with Pagefind, then runs DIR/queries.tsv on both in headless
// Chromium and reports how often each finds the expected answer. Progress goes to stderr; the report alone to stdout.
QualityOptions options;
QualityData data;
try
{
    options = QualityOptions.Parse(args);
    data = QualityData.Load(options.Data);
}
catch (Exception e) when (e is ArgumentException or FormatException or InvalidDataException or IOException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.Error.WriteLine($"Generating {options.Count:N0} answers...");
using var site = BenchSite.Generate(options.Count);
Console.Error.WriteLine($"Adding {data.Answers.Count} hand-written answers{(data.Synonyms is null ? "" : " and synonyms.yml")} from {data.Folder}...");
data.CopyInto(site.Input);
Console.Error.WriteLine($"Building {site.Output}...");
var times = site.Build();
data.CheckExpectedAnswers(site.Output);
var ours = OurIndex.Measure(site.Output, times);
Console.Error.WriteLine("Indexing with Pagefind...");
var pagefind = PagefindIndexer.Run(site.Output);

await using var server = await StaticSiteServer.StartAsync(site.Output);
await using var browser = await QualityBrowser.LaunchAsync();
var outcomes = new List<SearchOutcome>();
foreach (var query in data.Queries)
    foreach (var engine in Enum.GetValues<SearchEngine>())
    {
        var outcome = await browser.SearchAsync(server.Address, engine, query);
        Console.Error.WriteLine($"{QualityReport.Name(engine)}: \"{query.Query}\": rank {outcome.Rank?.ToString() ?? "-"}, {outcome.Bytes:N0} B");
        outcomes.Add(outcome);
    }

QualityReport.Write(Console.Out, options.Markdown, ours.Pages, [ours, pagefind], outcomes);
return 0;
