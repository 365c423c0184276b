using System.Text.RegularExpressions;
using RunnersQA.Cli;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Cli;

/// <summary>The command line: exit codes, what it prints, and that it never touches the input folder.</summary>
public sealed partial class CommandLineTests
{
    [GeneratedRegex(@"^(?<path>.+):(?<line>\d+):(?<col>\d+): error (?<code>RQA\d{3}): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    private static CliRun Invoke(params string[] args) => CliRun.Invoke(args);

    private static CliRun Build(string input, string output, params string[] more) =>
        Invoke(["build", "--input", input, "--output", output, "--theme", Repository.DefaultTheme, .. more]);

    [Fact]
    public void Success_exits_0_with_a_one_line_summary_naming_the_page_count()
    {
        using var site = TempSite.FromFixture("minimal");
        var input = FileTree.Take(site.Input);

        var run = Build(site.Input, site.Output);

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        var summary = Assert.Single(run.StdoutLines);
        var pages = site.Built.HtmlFiles.Count;
        Assert.True(pages > 5);
        Assert.Matches($@"\b{pages} pages\b", summary);
        Assert.Equal("", run.Stderr);
        input.AssertUnchanged(site.Input);
    }

    [Fact]
    public void Content_error_exits_1_and_prints_the_diagnostic_line_and_hint()
    {
        using var site = TempSite.FromFixture("minimal");
        var text = site.Replace("answers/2026/sore-knees.md", "expert: rachel-moss", "expert: nobody");
        var (line, column) = TextPosition.Of(text, "expert: nobody", "nobody");
        var input = FileTree.Take(site.Input);

        var run = Build(site.Input, site.Output);

        Assert.Equal(ExitCode.ContentErrors, run.ExitCode);
        var lines = run.StdoutLines;
        var at = Array.FindIndex(lines, l => DiagnosticLine().IsMatch(l));
        Assert.True(at >= 0, "no diagnostic line in:\n" + run.Stdout);
        var match = DiagnosticLine().Match(lines[at]);
        Assert.Equal(Path.GetFullPath(site.InputPath("answers/2026/sore-knees.md")), Path.GetFullPath(match.Groups["path"].Value));
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["line"].Value);
        Assert.Equal(column.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["col"].Value);
        Assert.Equal("RQA004", match.Groups["code"].Value);
        Assert.Matches(@"^  hint: \S", lines[at + 1]);
        Assert.False(Directory.Exists(site.Output));
        input.AssertUnchanged(site.Input);
    }

    [Theory]
    [InlineData("equal to the input")]
    [InlineData("equal to the input, with a trailing slash")]
    [InlineData("inside the input")]
    [InlineData("an ancestor of the input")]
    public void An_output_folder_that_overlaps_the_input_is_a_usage_error_and_writes_nothing(string where)
    {
        using var site = TempSite.FromFixture("minimal");
        var root = FileTree.Take(site.Root);
        var output = where switch
        {
            "equal to the input" => site.Input,
            "equal to the input, with a trailing slash" => site.Input + Path.DirectorySeparatorChar,
            "inside the input" => Path.Combine(site.Input, "_site"),
            "an ancestor of the input" => site.Root,
            _ => throw new ArgumentOutOfRangeException(nameof(where)),
        };

        var run = Build(site.Input, output);

        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains("--output", run.Stderr);
        root.AssertUnchanged(site.Root);
    }

    [Fact]
    public void Output_beside_input_with_a_name_that_starts_the_same_is_allowed()
    {
        using var site = TempSite.FromFixture("minimal");
        var output = site.Input + "-site"; // ".../input-site": shares a prefix with the input, but is not inside it
        var input = FileTree.Take(site.Input);

        var run = Build(site.Input, output);

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        input.AssertUnchanged(site.Input);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        using var site = TempSite.FromFixture("minimal");
        var run = Build(site.Input, site.Output, "--no-such-option");
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.NotEqual("", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Missing_input_folder_exits_2()
    {
        using var site = TempSite.FromFixture("minimal");
        var run = Build(Path.Combine(site.Root, "no-such-input"), site.Output);
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.NotEqual("", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Bad_base_url_option_exits_2()
    {
        using var site = TempSite.FromFixture("minimal");
        var run = Build(site.Input, site.Output, "--base-url", "ftp://example.org/");
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Building_the_sample_never_changes_the_input_folder()
    {
        using var site = TempSite.FromSample();
        var input = FileTree.Take(site.Input);
        Assert.Equal(ExitCode.Ok, Build(site.Input, site.Output).ExitCode);
        Assert.Equal(ExitCode.Ok, Build(site.Input, site.Output, "--drafts").ExitCode);
        input.AssertUnchanged(site.Input);
    }

    [Fact]
    public void Check_exits_1_on_a_content_error_and_writes_nothing()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2026/sore-knees.md", "date: 2026-03-02", "date: 2026-13-45");
        var root = FileTree.Take(site.Root);

        var run = Invoke("check", "--input", site.Input);

        Assert.Equal(ExitCode.ContentErrors, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => DiagnosticLine().Match(l) is { Success: true } m && m.Groups["code"].Value == "RQA003");
        root.AssertUnchanged(site.Root);
    }
}
