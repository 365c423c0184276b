using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>
/// A pull request can commit symbolic links. Each kind of place a build reads from is given a link to a secret
/// file outside the input folder: the build must refuse the link with RQA027 at the link itself, publish none of
/// the secret's bytes, and leave the previous output exactly as it was.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private const string Secret = "SECRET-7f3a9c-build-machine-key";
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "runnersqa-secret-" + Guid.NewGuid().ToString("N"));

    public SymlinkTests()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "2026"));
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(_outside, "2026", "leaked.md"),
            $"---\ntitle: {Secret}\ndate: 2026-01-01\nquestion: Leak?\nexpert: rachel-moss\ntags: [strength]\n---\n{Secret}\n");
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    /// <summary>Makes the link; says where it is, relative to the input folder.</summary>
    private string Link(TempSite site, string name) => name switch
    {
        "expert-photo" => Place(site, "experts/rachel-moss.jpg", "secret.txt", () => site.Replace("experts/rachel-moss.md", "role: Running coach", "role: Running coach\nphoto: rachel-moss.jpg")),
        "theme-asset" => Place(site, "theme/assets/icon.svg", "secret.txt"),
        "theme-template" => Place(site, "theme/templates/partials/extra.html", "secret.txt"),
        "year-folder" => Place(site, "answers/2027", "2026", folder: true),
        "answers-folder" => ReplaceFolder(site, "answers"),
        "answer-file" => Place(site, "answers/2026/leaked.md", "2026/leaked.md"),
        "expert-file" => Place(site, "experts/mallory.md", "2026/leaked.md"),
        "site-yml" => ReplaceFile(site, "site.yml"),
        "tags-yml" => ReplaceFile(site, "tags.yml"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private string Place(TempSite site, string relative, string target, Action? also = null, bool folder = false)
    {
        var path = site.InputPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (folder) Directory.CreateSymbolicLink(path, Path.Combine(_outside, target));
        else File.CreateSymbolicLink(path, Path.Combine(_outside, target));
        also?.Invoke();
        return relative;
    }

    /// <summary>The whole answers/ folder as a link to a copy of it outside, holding one more answer.</summary>
    private string ReplaceFolder(TempSite site, string relative)
    {
        var copy = Path.Combine(_outside, "answers-copy");
        FileTree.Copy(site.InputPath(relative), copy);
        File.Copy(Path.Combine(_outside, "2026", "leaked.md"), Path.Combine(copy, "2026", "leaked.md"));
        Directory.Delete(site.InputPath(relative), recursive: true);
        Directory.CreateSymbolicLink(site.InputPath(relative), copy);
        return relative;
    }

    /// <summary>A config file as a link to a copy of it outside that also holds the secret.</summary>
    private string ReplaceFile(TempSite site, string relative)
    {
        var copy = Path.Combine(_outside, relative);
        File.WriteAllText(copy, site.ReadInput(relative).Replace("title: Minimal Runners' Q&A", $"title: {Secret}", StringComparison.Ordinal)
            + $"\n# {Secret}\n");
        File.Delete(site.InputPath(relative));
        File.CreateSymbolicLink(site.InputPath(relative), copy);
        return relative;
    }

    public static TheoryData<string> Kinds() =>
        ["expert-photo", "theme-asset", "theme-template", "year-folder", "answers-folder", "answer-file", "expert-file", "site-yml", "tags-yml"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_link_is_refused_where_it_is_and_nothing_behind_it_is_published(string kind)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);

        var link = Link(site, kind);
        var run = CliRun.Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);

        Assert.Equal(1, run.ExitCode);
        var refusal = Assert.Single(Diagnostics(run), d => d.Contains(" error RQA027: ", StringComparison.Ordinal));
        Assert.StartsWith($"{site.InputPath(link)}:1:1: ", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Stdout, StringComparison.Ordinal);
        before.AssertUnchanged(site.Output);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Check_refuses_the_link_too(string kind)
    {
        using var site = TempSite.FromFixture("minimal");
        var link = Link(site, kind);

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Diagnostics(run), d => d.StartsWith($"{site.InputPath(link)}:1:1: error RQA027: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_inside_the_input_is_refused_as_well()
    {
        // Even a link to a file of the input itself: refusing every link leaves no cycle and no case to get wrong.
        using var site = TempSite.FromFixture("minimal");
        File.WriteAllText(site.InputPath("experts/real.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        File.CreateSymbolicLink(site.InputPath("experts/rachel-moss.svg"), site.InputPath("experts/real.svg"));
        site.Replace("experts/rachel-moss.md", "role: Running coach", "role: Running coach\nphoto: rachel-moss.svg");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.Symlink && d.Location.Path.EndsWith("experts/rachel-moss.svg", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("/etc/hostname")]
    public void A_photo_path_that_leaves_the_experts_folder_is_refused(string photo)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        File.WriteAllText(site.InputPath("secret.txt"), Secret);
        site.Replace("experts/rachel-moss.md", "role: Running coach", $"role: Running coach\nphoto: {photo}");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.MissingFile);
        before.AssertUnchanged(site.Output);
    }

    [Theory]
    [InlineData("../../themes/default")]
    [InlineData("/tmp")]
    public void Site_yml_names_a_theme_never_a_path(string theme)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace("site.yml", "title: Minimal Runners' Q&A", $"title: Minimal Runners' Q&A\ntheme: {theme}");

        var run = CliRun.Invoke("check", "--input", site.Input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Diagnostics(run), d => d.Contains("site.yml:", StringComparison.Ordinal) && d.Contains(" error RQA013: `theme` must be the name", StringComparison.Ordinal));
    }

    [Fact]
    public void New_answer_never_writes_through_a_linked_year_folder()
    {
        using var site = TempSite.FromFixture("minimal");
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Path.Combine(_outside, year));
        if (Directory.Exists(site.InputPath($"answers/{year}"))) Directory.Delete(site.InputPath($"answers/{year}"), recursive: true);
        Directory.CreateSymbolicLink(site.InputPath($"answers/{year}"), Path.Combine(_outside, year));
        var outsideBefore = FileTree.Files(_outside);

        var run = CliRun.Invoke("new", "answer", "--input", site.Input, "--title", "Is a linked folder safe?", "--expert", "rachel-moss", "--tags", "strength");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("symbolic link", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(outsideBefore, FileTree.Files(_outside));
    }

    private static string[] Diagnostics(CliRun run) => run.StdoutLines.Where(l => !l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
}
