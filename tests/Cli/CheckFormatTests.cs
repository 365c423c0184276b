using System.Text.Json;
using System.Text.RegularExpressions;
using RunnersQA.Cli;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Cli;

/// <summary><c>check --format github</c> annotates a pull request; <c>--format json</c> is one document for tools.</summary>
public sealed partial class CheckFormatTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromFixture("minimal");

    public CheckFormatTests() => FileTree.Copy(Path.Combine(Repository.Fixtures, "check", "many-problems", "input"), _site.Input);

    public void Dispose() => _site.Dispose();

    [GeneratedRegex(@"^::(?<kind>error|warning) file=(?<file>[^,]+),line=(?<line>\d+),col=(?<col>\d+),title=(?<title>RQA\d{3} [a-z-]+)::(?<data>.+)$")]
    private static partial Regex WorkflowCommand();

    [Fact]
    public void Github_format_prints_one_workflow_command_per_problem_at_the_same_place_as_text()
    {
        var text = CliRun.Invoke("check", "--input", _site.Input);
        var github = CliRun.Invoke("check", "--input", _site.Input, "--format", "github");

        Assert.Equal(ExitCode.ContentErrors, github.ExitCode);
        var commands = github.StdoutLines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).Select(l => WorkflowCommand().Match(l)).ToList();
        var textPlaces = text.StdoutLines.Where(l => l.Contains(": error RQA", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": error", StringComparison.Ordinal)]);
        Assert.All(commands, c => Assert.True(c.Success));
        Assert.Equal(textPlaces, commands.Select(c => $"{c.Groups["file"].Value}:{c.Groups["line"].Value}:{c.Groups["col"].Value}"));
        // The hint travels on the same line: GitHub reads %0A as a line break in the annotation.
        Assert.All(commands, c => Assert.Contains("%0Ahint: ", c.Groups["data"].Value, StringComparison.Ordinal));
        Assert.StartsWith("Checked ", github.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_one_document_with_every_diagnostic_and_the_counts()
    {
        var text = CliRun.Invoke("check", "--input", _site.Input);
        var json = CliRun.Invoke("check", "--input", _site.Input, "--format", "json");

        Assert.Equal(ExitCode.ContentErrors, json.ExitCode);
        using var document = JsonDocument.Parse(json.Stdout);
        var diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(diagnostics.Count, document.RootElement.GetProperty("errors").GetInt32() + document.RootElement.GetProperty("warnings").GetInt32());
        var expected = text.StdoutLines.Where(l => l.Contains(": error RQA", StringComparison.Ordinal));
        Assert.Equal(expected, diagnostics.Select(d =>
            $"{d.GetProperty("path").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}: " +
            $"{d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetString()}"));
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("hint").GetString())));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error() =>
        Assert.Equal(ExitCode.UsageError, CliRun.Invoke("check", "--input", _site.Input, "--format", "xml").ExitCode);
}
