using System.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Deploy;

/// <summary>
/// Changes that can alter every page or the build need the owner's review: CODEOWNERS guards them, and the
/// pull-request workflow runs .github/review-paths.sh, which annotates each changed file under a guarded path.
/// The script is run for real, in a git repository of its own.
/// </summary>
public sealed class ReviewPathsTests
{
    private static readonly string[] Guarded = ["input/theme/", "input/site.yml", "input/tags.yml", ".github/", "netlify.toml", "generator/", "themes/"];

    [Fact]
    public void Codeowners_guards_every_path_that_can_change_every_page_or_the_build()
    {
        var owned = File.ReadAllLines(Path.Combine(Repository.Root, ".github", "CODEOWNERS"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.All(owned, fields => Assert.True(fields.Length >= 2 && fields[1].StartsWith('@'), string.Join(' ', fields)));
        Assert.Equal(Guarded.Order(StringComparer.Ordinal), owned.Select(f => f[0].TrimStart('/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pull_request_workflow_runs_the_annotation_with_the_base_commit()
    {
        var workflow = File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "pr.yml"));
        Assert.Contains("bash .github/review-paths.sh \"$BASE_SHA\"", workflow, StringComparison.Ordinal);
        Assert.Contains("github.event.pull_request.base.sha", workflow, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_changed_file_under_a_guarded_path_is_annotated_and_content_is_not()
    {
        var repo = Path.Combine(Path.GetTempPath(), "runnersqa-review-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(repo, ".github"));
            File.Copy(Path.Combine(Repository.Root, ".github", "CODEOWNERS"), Path.Combine(repo, ".github", "CODEOWNERS"));
            File.Copy(Path.Combine(Repository.Root, ".github", "review-paths.sh"), Path.Combine(repo, ".github", "review-paths.sh"));
            Write(repo, "input/answers/2026/a.md", "a");
            Write(repo, "input/theme/templates/layouts/base.html", "base");
            Git(repo, "init", "-q");
            Git(repo, "add", "-A");
            Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base");
            var baseCommit = Git(repo, "rev-parse", "HEAD").Trim();

            Write(repo, "input/answers/2026/a.md", "changed");
            Write(repo, "input/answers/2026/b.md", "new");
            Write(repo, "input/theme/templates/layouts/base.html", "<script>steal()</script>");
            Write(repo, "input/site.yml", "title: x");
            Write(repo, "netlify.toml", "[build]");
            Git(repo, "add", "-A");
            Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "change");

            var output = Run(repo, "bash", ".github/review-paths.sh", baseCommit);

            var annotated = output.Split('\n').Where(l => l.StartsWith("::warning file=", StringComparison.Ordinal))
                .Select(l => l["::warning file=".Length..l.IndexOf(',', StringComparison.Ordinal)]).Order(StringComparer.Ordinal);
            Assert.Equal(["input/site.yml", "input/theme/templates/layouts/base.html", "netlify.toml"], annotated);
            Assert.Contains("3 changed file(s) need the owner's review.", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(repo)) Directory.Delete(repo, recursive: true);
        }
    }

    private static void Write(string repo, string relative, string text)
    {
        var path = Path.Combine(repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Git(string repo, params string[] args) => Run(repo, "git", args);

    private static string Run(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
