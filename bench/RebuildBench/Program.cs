using System.Diagnostics;
using System.Globalization;
using RunnersQA.Bench;
using RunnersQA.Pipeline;
using RunnersQA.Serve;

// rebuild-bench --input DIR --theme PATH [--edits N] [--markdown]
// Edits a copy of a corpus the way an expert does while previewing, and times what follows:
//   1. a build session (what serve keeps): each rebuild after one answer's body changed, stage by stage;
//   2. the real preview server: from saving the file to the reload event reaching an open page.
// The corpus is changed in place: give it a throwaway copy (bench/rebuild.sh does).
var options = RebuildOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: rebuild-bench --input DIR --theme PATH [--edits N] [--markdown]");
    return 2;
}

var answers = Directory.EnumerateFiles(Path.Combine(options.Input, "answers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
var output = Path.Combine(Path.GetTempPath(), $"rebuild-bench-{Guid.NewGuid():N}");
var edits = new BodyEdits(answers);
try
{
    Console.WriteLine($"Corpus: {answers.Length} answers in {options.Input}; {options.Edits} edits measured after {BodyEdits.WarmUp} to warm up.");
    var session = new BuildSession(new BuildOptions(options.Input, output, Theme: options.Theme));
    var first = session.Run();
    if (!first.Succeeded) throw new InvalidOperationException("the corpus does not build");
    Console.WriteLine($"First build: {first.Elapsed.TotalSeconds:0.00} s, {first.Pages} pages.");

    for (var i = 0; i < BodyEdits.WarmUp; i++) Measure(session, edits.Next());
    var runs = Enumerable.Range(0, options.Edits).Select(_ => Measure(session, edits.Next())).ToList();
    PreviewSession.CollectWhileIdle();
    var unchanged = session.Run();

    var table = new TextTable("rebuild after", "median ms", "max ms", "pages rendered", "files written");
    table.Add("one answer's body edited", Ms(Statistics.Median(runs.Select(r => r.Elapsed))), Ms(runs.Max(r => r.Elapsed)),
        Statistics.Median(runs.Select(r => r.PagesRendered)).ToString(CultureInfo.InvariantCulture),
        Statistics.Median(runs.Select(r => r.FilesChanged)).ToString(CultureInfo.InvariantCulture));
    table.Add("nothing changed", Ms(unchanged.Elapsed), Ms(unchanged.Elapsed),
        unchanged.PagesRendered.ToString(CultureInfo.InvariantCulture), unchanged.FilesChanged.ToString(CultureInfo.InvariantCulture));
    table.Write(Console.Out, options.Markdown);
    Console.WriteLine();

    var stages = new TextTable("stage", "median ms", "max ms");
    foreach (var stage in runs[0].Timings.Select(t => t.Stage))
    {
        var times = runs.Select(r => r.Timings.First(t => t.Stage == stage).Elapsed).ToList();
        stages.Add(stage, Ms(Statistics.Median(times)), Ms(times.Max()));
    }
    stages.Write(Console.Out, options.Markdown);
    Console.WriteLine();

    var served = await ServedEdits.MeasureAsync(options, edits);
    var reload = new TextTable("preview server", "median ms", "max ms");
    reload.Add("file saved to reload event", Ms(Statistics.Median(served)), Ms(served.Max()));
    reload.Write(Console.Out, options.Markdown);
    Console.WriteLine();
    Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    return 0;
}
finally
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
}

static BuildResult Measure(BuildSession session, string editedFile)
{
    // As serve does between rebuilds, while the author reads or types.
    PreviewSession.CollectWhileIdle();
    var result = session.Run();
    if (!result.Succeeded) throw new InvalidOperationException($"the rebuild after editing {editedFile} failed");
    return result;
}

static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
