using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>
/// A fault injected in each stage of a build (through <see cref="BuildOptions.Probe"/>) becomes an error diagnostic
/// that names the file or stage, the other problems are still reported, and the previous output stays byte-identical.
/// </summary>
public sealed class FaultBarrierTests
{
    private const string Knees = "answers/2026/sore-knees.md";

    public static TheoryData<string, string, string> Stages() => new()
    {
        // stage, the item it fails on ("" for the whole stage), the file the diagnostic must name (relative to input/; "" for the input folder)
        { "read", Knees, Knees },
        { "read", "site.yml", "site.yml" },
        { "read", "experts/rachel-moss.md", "experts/rachel-moss.md" },
        { "validate", "UnknownTerm", "" },
        { "templates", "", "" },
        { "model", "", "" },
        { "plan", "", "" },
        { "search", "", "" },
        { "assets", "", "" },
        { "links", "", "" },
        { "render", "tags/index.html", "theme:pages/tags.html" },
        { "outputs", "", "" },
        { "write", "", "" },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_fault_in_any_stage_is_a_diagnostic_and_the_output_stays(string stage, string item, string file)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var beside = Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToArray();

        var result = SiteBuild.Run(site.Options() with { Probe = Throw(site, stage, item, new InvalidOperationException("injected")) });

        var fault = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.InternalError);
        Assert.Contains("injected", fault.Message, StringComparison.Ordinal);
        Assert.NotNull(fault.Cause);
        Assert.Equal(Expected(site, file), Path.GetFullPath(fault.Location.Path));
        before.AssertUnchanged(site.Output);
        Assert.Equal(beside, Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_fault_in_one_file_leaves_the_other_files_problems_reported()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("answers/2025/rest-days.md", "expert: rachel-moss", "expert: rachel-mos");

        var result = SiteBuild.Run(site.Options() with { Probe = Throw(site, "read", Knees, new InvalidOperationException("injected")) });

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.InternalError && d.Location.Path.EndsWith(Knees, StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.UnknownExpert && d.Location.Path.EndsWith("rest-days.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_deleted_while_the_build_runs_is_an_unreadable_file()
    {
        // A real I/O fault: the file is listed, then gone when it is opened.
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var path = site.InputPath(Knees);

        var result = SiteBuild.Run(site.Options() with { Probe = (stage, item) => { if (stage == "read" && item == path) File.Delete(path); } });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.UnreadableFile, error.Code);
        Assert.Equal(path, Path.GetFullPath(error.Location.Path));
        before.AssertUnchanged(site.Output);
    }

    [Fact]
    public void An_io_fault_is_told_apart_from_a_bug()
    {
        using var site = TempSite.FromFixture("minimal");

        var result = SiteBuild.Run(site.Options() with { Probe = Throw(site, "read", Knees, new IOException("disk gone")) });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.UnreadableFile, error.Code);
        Assert.Contains("disk gone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_prints_the_cause_and_plain_output_never_a_stack_trace()
    {
        using var site = TempSite.FromFixture("minimal");
        var diagnostic = FaultBarrier.Describe(new InvalidOperationException("injected"), new SourceLocation(site.InputPath(Knees), 1, 1), "testing");
        Exception thrown;
        try { throw new InvalidOperationException("injected"); } catch (InvalidOperationException e) { thrown = e; }
        diagnostic = diagnostic with { Cause = thrown };

        var plain = new StringWriter();
        var verbose = new StringWriter();
        RunnersQA.Cli.DiagnosticPrinter.Print([diagnostic], plain);
        RunnersQA.Cli.DiagnosticPrinter.Print([diagnostic], verbose, verbose: true);

        Assert.DoesNotContain(" at ", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains("RQA033", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(Verbose_prints_the_cause_and_plain_output_never_a_stack_trace), verbose.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_cleared_by_the_next()
    {
        using var site = TempSite.FromFixture("minimal");
        var left = Path.Combine(site.Root, ".site.tmp-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(left, "answers"));

        site.BuildClean();

        Assert.False(Directory.Exists(left));
        Assert.Equal(["input", "site"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static FaultProbe Throw(TempSite site, string stage, string item, Exception fault)
    {
        var full = item.Length > 0 && !item.Contains("index.html", StringComparison.Ordinal) && stage == "read" ? site.InputPath(item) : item;
        return (s, i) =>
        {
            if (s == stage && (item.Length == 0 || i == full)) throw fault;
        };
    }

    private static string Expected(TempSite site, string file) => file switch
    {
        "" => Path.GetFullPath(site.Input),
        _ when file.StartsWith("theme:", StringComparison.Ordinal) => Path.GetFullPath(Path.Combine(Repository.DefaultTheme, "templates", file["theme:".Length..])),
        _ => Path.GetFullPath(site.InputPath(file)),
    };
}
