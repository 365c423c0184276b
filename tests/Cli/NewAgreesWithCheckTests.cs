using System.Diagnostics;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Cli;

/// <summary>
/// <c>new</c> judges its arguments as <c>check</c> judges a file: the same message and hint for an unknown expert or
/// tag, every mistake at once, and hints that name the command the user ran.
/// </summary>
public sealed class NewAgreesWithCheckTests
{
    /// <summary>What check says about a file naming this expert and these tags: message and hint of each finding, by code.</summary>
    private static List<(string Message, string Hint)> CheckSays(TempSite site, string expert, string[] tags)
    {
        site.WriteInput("answers/2026/probe.md", $"""
            ---
            title: Why do my calves cramp late in a marathon?
            date: 2026-11-02
            question: |
              Why?
            expert: {expert}
            tags: [{string.Join(", ", tags)}]
            ---
            Because.
            """);
        var found = SiteBuild.Check(new BuildOptions(Input: site.Input)).Diagnostics
            .Where(d => d.Code == DiagnosticCode.UnknownExpert || d.Code == DiagnosticCode.UnknownTag).Select(d => (d.Message, d.Hint)).ToList();
        File.Delete(site.InputPath("answers/2026/probe.md"));
        return found;
    }

    /// <summary>The "error:" lines of a usage failure, each with the hint line under it.</summary>
    private static List<(string Message, string Hint)> Problems(CliRun run)
    {
        var lines = run.Stderr.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return [.. lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("error: ", StringComparison.Ordinal))
            .Select(x => (x.l["error: ".Length..], x.i + 1 < lines.Count && lines[x.i + 1].StartsWith("  hint: ", StringComparison.Ordinal) ? lines[x.i + 1]["  hint: ".Length..] : ""))];
    }

    [Theory]
    [InlineData("rachel", new[] { "colds", "marathn" })]
    [InlineData("tom", new[] { "knee" })]
    [InlineData("rachel-mos", new[] { "knee-pian", "strength", "glutez" })]
    [InlineData("nobody-at-all", new[] { "zzzz-qqqq" })]
    public void New_answer_names_every_bad_argument_at_once_in_checks_words(string expert, string[] tags)
    {
        using var site = TempSite.FromSample();
        var expected = CheckSays(site, expert, tags);
        Assert.Equal(1 + tags.Count(t => site.Content.Tags.All(k => k.Id != t)), expected.Count);
        var before = FileTree.Take(site.Input);

        var run = CliRun.Invoke("new", "answer", "--input", site.Input, "--title", "Why do my calves cramp late in a marathon?",
            "--expert", expert, "--tags", string.Join(',', tags));

        Assert.Equal(RunnersQA.Cli.ExitCode.UsageError, run.ExitCode);
        var problems = Problems(run);
        Assert.Equal(expected.Count, problems.Count);
        foreach (var (message, hint) in expected)
            Assert.Contains(problems, p => p.Message.EndsWith(": " + message, StringComparison.Ordinal) && p.Hint.StartsWith(hint, StringComparison.Ordinal));
        before.AssertUnchanged(site.Input);
    }

    [Fact]
    public void A_first_name_or_a_word_of_a_tag_is_taken_for_the_one_id_that_holds_it()
    {
        using var site = TempSite.FromSample();
        var run = CliRun.Invoke("new", "answer", "--input", site.Input, "--title", "Why do my calves cramp late in a marathon?",
            "--expert", "rachel", "--tags", "knee,strength");
        Assert.Contains("did you mean 'rachel-moss'?", run.Stderr);
        Assert.Contains("did you mean 'knee-pain'?", run.Stderr);
    }

    [Fact]
    public void A_title_a_tag_count_and_a_date_wrong_together_are_all_named()
    {
        using var site = TempSite.FromSample();
        var run = CliRun.Invoke("new", "answer", "--input", site.Input, "--title", "Knees", "--expert", "rachel-moss",
            "--tags", "a,b,c,d,e,f,g", "--date", "02/11/2026");
        var problems = Problems(run);
        Assert.Contains(problems, p => p.Message.StartsWith("--title:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("--tags: give", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("--date:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("runnersqa")]
    [InlineData("dotnet run --project generator --")]
    public void Hints_name_the_command_the_user_ran(string prefix)
    {
        using var site = TempSite.FromSample();
        var invocation = new Invocation(prefix);
        var created = CliRun.InvokeAs(invocation, "new", "answer", "--input", site.Input, "--title", "Why do my calves cramp late in a marathon?",
            "--expert", "rachel-moss", "--tags", "strength");
        Assert.Contains($"Run `{prefix} check --input {site.Input}`.", created.Stdout);

        var unknown = CliRun.InvokeAs(invocation, "new", "answer", "--input", site.Input, "--title", "Why do my calves cramp late in a marathon?",
            "--expert", "zed-quill", "--tags", "strength");
        Assert.Contains($"`{prefix} new expert zed-quill`", unknown.Stderr);

        var usage = CliRun.InvokeAs(invocation, "buidl");
        Assert.Contains($"Run `{prefix} --help` for usage.", usage.Stderr);
    }

    [Fact]
    public void Run_from_its_build_output_the_generator_names_dotnet_run_with_the_project_relative_to_the_working_directory()
    {
        var root = Path.Combine(Path.GetTempPath(), "runnersqa-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var output = Directory.CreateDirectory(Path.Combine(root, "tools", "gen", "bin", "Debug", "net10.0")).FullName;
            File.WriteAllText(Path.Combine(root, "tools", "gen", "Generator.csproj"), "<Project />");
            Assert.Equal("dotnet run --project tools/gen --", Invocation.Detect(output, root).Prefix);
            Assert.Equal("dotnet run --project gen --", Invocation.Detect(output, Path.Combine(root, "tools")).Prefix);
            var elsewhere = Directory.CreateDirectory(Path.Combine(root, "store", "runnersqa", "tools")).FullName;
            Assert.Equal(Invocation.Installed, Invocation.Detect(elsewhere, root));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void The_real_generator_binary_run_from_the_repository_root_names_dotnet_run()
    {
        // The generator project's own build output, in the test assembly's configuration (what `dotnet run` starts).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(Repository.Root, "generator", "bin", configuration, "net10.0", "generator.dll");
        Assert.True(File.Exists(dll), $"no build output at {dll}");
        using var site = TempSite.FromSample();
        var start = new ProcessStartInfo("dotnet", [dll, "new", "answer", "--input", site.Input, "--title", "Why do my calves cramp late in a marathon?",
            "--expert", "rachel-moss", "--tags", "strength"])
        { WorkingDirectory = Repository.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Contains($"Run `dotnet run --project generator -- check --input {site.Input}`.", stdout);
    }
}
