using RunnersQA.Pipeline;

namespace RunnersQA.Tests.Support;

/// <summary>
/// A site in its own temporary folder: <c>input/</c> (a copy of a fixture or of the sample input, free to
/// change) and <c>site/</c> (where builds go). Nothing else is in the folder, so a test can tell when a build
/// leaves something beside its output. Disposing deletes it all.
/// </summary>
internal sealed class TempSite : IDisposable
{
    private TempSite(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "runnersqa-tests", Guid.NewGuid().ToString("N"));
        Input = Path.Combine(Root, "input");
        Output = Path.Combine(Root, "site");
        FileTree.Copy(source, Input);
    }

    /// <summary>The folder holding <see cref="Input"/> and <see cref="Output"/>, and nothing else.</summary>
    public string Root { get; }
    public string Input { get; }
    public string Output { get; }

    /// <summary>The built output, read back (pages parsed on first use).</summary>
    public BuiltSite Built => new(Output);

    /// <summary>What the input holds, read with a YAML parser of the test's own (not the generator's loader).</summary>
    public ContentFacts Content => ContentFacts.Read(Input);

    public static TempSite FromSample() => new(Repository.SampleInput);

    /// <summary>
    /// A day on which every review in the sample is current (they fall due from 2027): tests that expect the sample to
    /// check clean count reviews as of it (<c>--today</c>), so they do not start failing as the calendar moves on.
    /// </summary>
    public const string SampleReviewsCurrent = "2026-12-03";

    /// <summary><see cref="SampleReviewsCurrent"/> as the clock a build counts reviews by.</summary>
    public static RunnersQA.Validation.FixedDay SampleReviewClock { get; } =
        new(DateOnly.ParseExact(SampleReviewsCurrent, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static TempSite FromFixture(string name) => new(Path.Combine(Repository.Fixtures, name));

    /// <summary>Lays another fixture's files over the input (for example a theme/ folder of overrides).</summary>
    public TempSite Overlay(string fixtureName)
    {
        FileTree.Copy(Path.Combine(Repository.Fixtures, fixtureName), Input);
        return this;
    }

    public BuildOptions Options(Uri? baseUrl = null, bool drafts = false, string? output = null) =>
        new(Input, output ?? Output, baseUrl, drafts, Repository.DefaultTheme);

    public BuildResult Build(Uri? baseUrl = null, bool drafts = false, string? output = null) =>
        SiteBuild.Run(Options(baseUrl, drafts, output));

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public BuildResult BuildClean(Uri? baseUrl = null, bool drafts = false, string? output = null)
    {
        var result = Build(baseUrl, drafts, output);
        Assert.True(result.Succeeded, "the build failed:\n" + string.Join("\n", result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format)));
        return result;
    }

    /// <summary>
    /// A stand-in for `npm ci`'s decap-cms beside the input (what the build copies to /admin/): its package.json,
    /// the script, a chunk and a source map, which is not copied.
    /// </summary>
    public void InstallDecap(string version = RunnersQA.Content.DecapInstall.PinnedVersion)
    {
        var package = Path.Combine(Root, "node_modules", "decap-cms");
        Directory.CreateDirectory(Path.Combine(package, "dist"));
        File.WriteAllText(Path.Combine(package, "package.json"), System.Text.Json.JsonSerializer.Serialize(new { name = "decap-cms", version }));
        File.WriteAllText(Path.Combine(package, "dist", "decap-cms.js"), "window.CMS = {};");
        File.WriteAllText(Path.Combine(package, "dist", "103.decap-cms.js"), "/* a chunk */");
        File.WriteAllText(Path.Combine(package, "dist", "decap-cms.js.map"), "{}");
    }

    public string InputPath(string relative) => Path.Combine(Input, relative);

    public string ReadInput(string relative) => File.ReadAllText(InputPath(relative));

    public void WriteInput(string relative, string text)
    {
        var path = InputPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces one piece of text in an input file; fails if the text is not there, so an edit can never silently do nothing.</summary>
    public string Replace(string relative, string oldText, string newText)
    {
        var text = ReadInput(relative);
        Assert.True(text.Contains(oldText, StringComparison.Ordinal), $"{relative} does not contain '{oldText}'");
        var edited = text.Replace(oldText, newText, StringComparison.Ordinal);
        WriteInput(relative, edited);
        return edited;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
