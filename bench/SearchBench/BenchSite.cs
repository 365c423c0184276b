using System.Diagnostics;
using System.Globalization;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;

namespace RunnersQA.Bench;

/// <summary>
/// A generated corpus in its own temporary folder: <c>input/</c> from tools/Corpus and <c>site/</c> built from
/// it with this repository's default theme. Disposing deletes it all.
/// </summary>
public sealed class BenchSite : IDisposable
{
    /// <summary>The same corpus every run, so figures compare across commits.</summary>
    public const int Seed = 42;

    private BenchSite(string root)
    {
        Root = root;
        Input = System.IO.Path.Combine(root, "input");
        Output = System.IO.Path.Combine(root, "site");
    }

    public string Root { get; }
    public string Input { get; }
    public string Output { get; }

    public static BenchSite Generate(int count)
    {
        var site = new BenchSite(Directory.CreateTempSubdirectory("runnersqa-bench-").FullName);
        var corpus = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            ArgumentList = { "run", "-c", "Release", "--project", "tools/Corpus", "--",
                             "--count", count.ToString(CultureInfo.InvariantCulture), "--seed", Seed.ToString(CultureInfo.InvariantCulture),
                             "--out", site.Input },
        };
        using var process = Process.Start(corpus) ?? throw new InvalidOperationException("could not start dotnet");
        // stdout carries the report, so the tool's own chatter goes to stderr.
        Console.Error.Write(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tools/Corpus exited with {process.ExitCode}");
        return site;
    }

    /// <summary>Builds the site in process, as <c>runnersqa build</c> would, and fails on any error.</summary>
    public BuildTimes Build()
    {
        var theme = System.IO.Path.Combine(RepositoryRoot.Path, "themes", "default");
        var result = SiteBuild.Run(new BuildOptions(Input, Output, Theme: theme));
        if (!result.Succeeded)
            throw new InvalidOperationException("the build failed:\n" + string.Join("\n", result.Diagnostics.Select(DiagnosticFormatter.Format)));
        return new BuildTimes(result.Elapsed, result.Timings.Single(t => t.Stage == "search").Elapsed);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
