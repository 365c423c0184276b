using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>
/// Every limit of <see cref="InputLimits"/>, gone past by one: the build reports RQA030 at the place, with a hint,
/// exits 1 through the command line with no stack trace, and leaves the previous output as it was. Just under a
/// limit the same input builds.
/// </summary>
public sealed class LimitTests
{
    private const string Knees = "answers/2026/sore-knees.md";
    private const string Body = "You have not worn your knees out.";

    /// <summary>Puts the input one past a limit (or just within it); returns the file and line the error belongs at.</summary>
    private static (string File, int Line) Apply(TempSite site, string limit, bool over)
    {
        var n = over ? 1 : 0;
        switch (limit)
        {
            case "text-file-size":
                site.Replace(Knees, Body, Body + "\n\n" + Paragraphs(InputLimits.TextFileBytes - site.ReadInput(Knees).Length - 2 + n));
                return (Knees, 1);
            case "line-length":
                return (Knees, Line(site.Replace(Knees, Body, new string('a', InputLimits.LineLength - 1 + n) + " "), "aaaa"));
            case "quote-nesting":
                return (Knees, Line(site.Replace(Knees, Body, string.Concat(Enumerable.Repeat("> ", InputLimits.MarkdownNesting + n)) + Body), Body));
            case "bracket-nesting":
                return (Knees, Line(site.Replace(Knees, Body, new string('[', InputLimits.MarkdownNesting + n) + "x" + new string(']', InputLimits.MarkdownNesting + n)), "[[["));
            case "html-nesting":
                return (Knees, Line(site.Replace(Knees, Body, string.Concat(Enumerable.Repeat("<span>", InputLimits.MarkdownNesting + n)) + "x" +
                    string.Concat(Enumerable.Repeat("</span>", InputLimits.MarkdownNesting + n))), "<span>"));
            case "indentation":
                return (Knees, Line(site.Replace(Knees, Body, Body + "\n\n- a\n" + new string(' ', InputLimits.MarkdownIndent + n) + "deep"), "deep"));
            case "yaml-nesting":
                return (Knees, Line(site.Replace(Knees, "kind: video", "kind: video\n    notes: " + new string('[', InputLimits.YamlNesting - 3 + n) + new string(']', InputLimits.YamlNesting - 3 + n)), "notes:"));
            case "brackets-per-paragraph":
                var links = string.Concat(Enumerable.Repeat("[](", InputLimits.BracketsPerParagraph + n));
                return (Knees, Line(site.Replace(Knees, Body, Body + "\n\nSee " + links[..(links.Length / 2)] + "\n" + links[(links.Length / 2)..]), "See ") + 1);
            case "list-items":
                var aliases = string.Join(", ", Enumerable.Range(0, InputLimits.ListItems + n).Select(i => $"/answers/old-{i}/"));
                var text = site.Replace(Knees, "tags: [knee-pain, strength]", $"tags: [knee-pain, strength]\naliases: [{aliases}]");
                return (Knees, Line(text, "aliases:"));
            case "photo-size":
                var png = new byte[InputLimits.MediaFileBytes + n];
                ((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).CopyTo(png);
                File.WriteAllBytes(site.InputPath("experts/rachel-moss.png"), png);
                site.Replace("experts/rachel-moss.md", "role: Running coach", "role: Running coach\nphoto: rachel-moss.png");
                return ("experts/rachel-moss.png", 1);
            case "folder-depth":
                var deep = string.Join('/', Enumerable.Repeat("d", InputLimits.FolderDepth - 1 + n));
                site.WriteInput($"answers/{deep}/note.txt", "not an answer");
                return ($"answers/{deep}", 1);
            default:
                throw new ArgumentOutOfRangeException(nameof(limit));
        }
    }

    private static string Paragraphs(int length)
    {
        var paragraph = "Easy miles build the base. " + new string('x', 60) + "\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, length / paragraph.Length + 1));
        return text[..length];
    }

    private static int Line(string text, string containing) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(containing, StringComparison.Ordinal)).i + 1;

    public static TheoryData<string> Limits() =>
        ["text-file-size", "line-length", "quote-nesting", "bracket-nesting", "html-nesting", "indentation", "brackets-per-paragraph", "yaml-nesting",
         "list-items", "photo-size", "folder-depth"];

    [Theory]
    [MemberData(nameof(Limits))]
    public void One_past_a_limit_is_an_error_at_its_place_and_the_output_stays(string limit)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var (file, line) = Apply(site, limit, over: true);

        var run = CliRun.Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);

        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines;
        var at = Array.FindIndex(lines, l => l.Contains(" error RQA030: ", StringComparison.Ordinal));
        Assert.True(at >= 0, "no RQA030 in:\n" + run.Stdout);
        Assert.StartsWith($"{site.InputPath(file)}:{line}:", lines[at], StringComparison.Ordinal);
        Assert.Matches(@"^  hint: \S", lines[at + 1]);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        before.AssertUnchanged(site.Output);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Just_within_a_limit_there_is_no_limit_error(string limit)
    {
        using var site = TempSite.FromFixture("minimal");
        Apply(site, limit, over: false);

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.OverLimit);
    }

    /// <summary>Nesting the pre-scan does not count (emphasis) still meets Markdig's own depth limit as a diagnostic.</summary>
    [Fact]
    public void Markdigs_own_depth_limit_is_a_diagnostic()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace(Knees, Body, string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("*a **", 3000)) + "\n", 20)));

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.Contains(" error RQA030: the Markdown is nested too deeply", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_yaml_flow_lists_are_refused_before_they_can_overflow_the_stack()
    {
        // Thousands of '[' once ended the process (exit 134, a stack overflow no handler can catch).
        using var site = TempSite.FromFixture("minimal");
        site.Replace(Knees, "tags: [knee-pain, strength]", "tags: " + new string('[', 100_000));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.OverLimit, error.Code);
        Assert.Equal(9, error.Location.Line);
    }

    [Fact]
    public void More_files_than_the_limit_are_refused_and_the_rest_not_listed()
    {
        // The limit is lowered for the test: writing the real number of files takes minutes on some file systems.
        using var site = TempSite.FromFixture("minimal");
        const int limit = 20;
        var folder = site.InputPath("answers/2020");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < limit; i++) File.WriteAllBytes(Path.Combine(folder, $"{i:00}.txt"), []);
        var bag = new DiagnosticBag();

        var listing = FileListing.Scan(site.Input, RunnersQA.Content.InputFolder.At(site.Input).Read, p => p, bag, limit);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCode.OverLimit, error.Code);
        Assert.Contains($"more than {limit} files", error.Message, StringComparison.Ordinal);
        Assert.Equal(limit, listing.Under(site.Input, "").Count);
    }
}
