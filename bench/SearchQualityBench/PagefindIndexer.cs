using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RunnersQA.Bench;

/// <summary>
/// Runs the Pagefind CLI pinned in bench/package.json (<c>npm ci --prefix bench</c>) on a built site, indexing only the
/// article of each answer page, as our index holds only answers, into <c>&lt;site&gt;/pagefind/</c>.
/// </summary>
public static partial class PagefindIndexer
{
    public const string OutputFolder = "pagefind";

    /// <summary>The answer page's article (themes/default/templates/pages/answer.html); no other page has one.</summary>
    public const string RootSelector = "article.answer";

    public static string Executable => Path.Combine(RepositoryRoot.Path, "bench", "node_modules", ".bin", "pagefind");

    public static IndexFigures Run(string site)
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException($"Pagefind is needed at {Executable}: npm ci --prefix bench");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            ArgumentList = { "--site", site, "--output-subdir", OutputFolder, "--root-selector", RootSelector },
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Executable);
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        // stdout carries the report, so Pagefind's log goes to stderr.
        Console.Error.Write(log);
        if (process.ExitCode != 0) throw new InvalidOperationException($"pagefind exited with {process.ExitCode}");

        var pages = IndexedPages().Match(log);
        var (bytes, files) = FolderSize.Measure(Path.Combine(site, OutputFolder));
        var words = IndexedWords().Match(log);
        return new IndexFigures(SearchEngine.Pagefind, clock.Elapsed, bytes, files,
            pages.Success ? int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture) : -1,
            words.Success ? int.Parse(words.Groups[1].Value, CultureInfo.InvariantCulture) : -1);
    }

    [GeneratedRegex(@"Indexed (\d+) words?")]
    private static partial Regex IndexedWords();

    [GeneratedRegex(@"Indexed (\d+) pages?")]
    private static partial Regex IndexedPages();
}
