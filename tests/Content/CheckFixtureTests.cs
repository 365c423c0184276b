using System.Text.RegularExpressions;
using RunnersQA.Cli;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>
/// One fixture per rule, Zola-style: tests/Fixtures/check/&lt;case&gt;/input/ is laid over the minimal site, and
/// <c>generator check</c> must print exactly the diagnostics in its expected.txt (path:line:col: severity code),
/// each with a hint, all in one run. A line may go on with <c>: words</c> that the diagnostic's message must hold,
/// so a fixture can say what the message names (the YAML mistakes name their cause).
/// </summary>
public sealed partial class CheckFixtureTests
{
    private static readonly string Cases = Path.Combine(Repository.Fixtures, "check");

    [GeneratedRegex(@"^(?<path>.+?):(?<line>\d+):(?<col>\d+): (?<severity>error|warning) (?<code>RQA\d{3}): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^(?<head>.+?:\d+:\d+: (?:error|warning) RQA\d{3})(?:: (?<says>.+))?$")]
    private static partial Regex ExpectedLine();

    public static TheoryData<string> Fixtures() => [.. Directory.GetDirectories(Cases).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Check_reports_exactly_the_expected_diagnostics(string fixture)
    {
        using var site = TempSite.FromFixture("minimal");
        FileTree.Copy(Path.Combine(Cases, fixture, "input"), site.Input);
        var expectedLines = File.ReadAllLines(Path.Combine(Cases, fixture, "expected.txt")).Where(l => l.Length > 0).Select(l => ExpectedLine().Match(l)).ToArray();
        var expected = expectedLines.Select(m => m.Groups["head"].Value).ToArray();

        var run = CliRun.Invoke("check", "--input", site.Input);

        var lines = run.StdoutLines;
        var reported = new List<string>();
        var messages = new List<string>();
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (DiagnosticLine().Match(lines[i]) is not { Success: true } m) continue;
            var path = Path.GetRelativePath(site.Input, m.Groups["path"].Value).Replace('\\', '/');
            reported.Add($"{path}:{m.Groups["line"].Value}:{m.Groups["col"].Value}: {m.Groups["severity"].Value} {m.Groups["code"].Value}");
            messages.Add(m.Groups["message"].Value);
            Assert.Matches(@"^  hint: \S", lines[i + 1]);
        }
        Assert.Equal(expected, reported);
        for (var i = 0; i < expectedLines.Length; i++)
        {
            if (expectedLines[i].Groups["says"] is { Success: true } says) Assert.Contains(says.Value, messages[i], StringComparison.Ordinal);
        }
        Assert.Equal(2 * expected.Length + 1, lines.Length); // each diagnostic and its hint, then the summary
        Assert.StartsWith("Checked ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(expected.Any(e => e.Contains(": error ", StringComparison.Ordinal)) ? ExitCode.ContentErrors : ExitCode.Ok, run.ExitCode);
    }

    [Fact]
    public void Every_rule_code_from_14_on_has_a_fixture_of_its_own()
    {
        var covered = Directory.GetDirectories(Cases).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        // Faults have no content that causes them: FaultBarrierTests injects one in each stage instead.
        var faults = new[] { RunnersQA.Diagnostics.DiagnosticCode.UnreadableFile, RunnersQA.Diagnostics.DiagnosticCode.InternalError };
        foreach (var code in RunnersQA.Diagnostics.DiagnosticCode.All.Where(c => c.Number >= 14).Except(faults))
            Assert.Contains(covered, f => f!.StartsWith(code.ToString().ToLowerInvariant() + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_tag_suggests_the_nearest_one()
    {
        using var site = TempSite.FromFixture("minimal");
        FileTree.Copy(Path.Combine(Cases, "many-problems", "input"), site.Input);

        var run = CliRun.Invoke("check", "--input", site.Input);

        var at = Array.FindIndex(run.StdoutLines, l => l.Contains("RQA005", StringComparison.Ordinal));
        Assert.Equal("  hint: did you mean 'knee-pain'? Otherwise add 'kne-pain' to tags.yml", run.StdoutLines[at + 1]);
    }
}
