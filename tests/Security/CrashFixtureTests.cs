using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>
/// Every input that once crashed or stalled a build (tests/Fixtures/crashes/) is now exactly its diagnostics, or,
/// where expected.txt is empty, builds.
/// </summary>
public sealed class CrashFixtureTests
{
    private static readonly string Crashes = Path.Combine(Repository.Fixtures, "crashes");

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetDirectories(Crashes).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_former_crash_is_its_diagnostics_and_a_failed_build_leaves_the_output_alone(string fixture)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        FileTree.Copy(Path.Combine(Crashes, fixture), site.Input);
        File.Delete(site.InputPath("expected.txt"));
        var expected = File.ReadAllLines(Path.Combine(Crashes, fixture, "expected.txt")).Where(l => l.Length > 0);

        var run = CliRun.Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);

        Assert.True(run.ExitCode == (expected.Any() ? 1 : 0), run.Stdout + run.Stderr);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        var reported = run.StdoutLines.Where(l => l.Contains(": error RQA", StringComparison.Ordinal))
            .Select(l => Path.GetRelativePath(site.Input, l[..l.IndexOf(':', StringComparison.Ordinal)]).Replace('\\', '/') +
                l[l.IndexOf(':', StringComparison.Ordinal)..(l.IndexOf(": error RQA", StringComparison.Ordinal) + ": error RQA000".Length)]);
        Assert.Equal(expected, reported);
        if (expected.Any()) before.AssertUnchanged(site.Output);
    }
}
