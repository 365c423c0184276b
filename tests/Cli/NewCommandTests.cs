using System.Globalization;
using System.Text.RegularExpressions;
using RunnersQA.Cli;
using RunnersQA.Content;
using RunnersQA.Tests.Schema;
using RunnersQA.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Cli;

/// <summary>
/// <c>generator new answer</c> and <c>generator new expert</c>, run in-process against a copy of a site: what they
/// write passes <c>check</c> but for its placeholders (each reported at its place, and nothing else), and with those
/// filled in passes with no diagnostics at all; what they refuse leaves the input folder exactly as it was.
/// </summary>
public sealed partial class NewCommandTests
{
    private const string Title = "Why do my calves cramp late in races?";
    private const string Slug = "why-do-my-calves-cramp-late-in-races";
    private const string ModelinePrefix = "# yaml-language-server: $schema=";

    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning) RQA\d{3}: ", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^(?<path>.+?):(?<line>\d+):(?<col>\d+): (?<rest>(error|warning) RQA\d{3}): ", RegexOptions.Multiline)]
    private static partial Regex DiagnosticParts();

    private static CliRun Invoke(params string[] args) => CliRun.Invoke(args);

    private static CliRun NewAnswer(TempSite site, string title = Title, string expert = "rachel-moss", string tags = "knee-pain,strength", string? date = "2027-03-14") =>
        Invoke(["new", "answer", "--input", site.Input, "--title", title, "--expert", expert, "--tags", tags, .. date is null ? Array.Empty<string>() : ["--date", date]]);

    private static CliRun NewExpert(TempSite site, string id, params string[] more) => Invoke(["new", "expert", id, "--input", site.Input, .. more]);

    /// <summary>A `new` that must be refused: exit code 2, the reason on stderr, and input/ exactly as it was.</summary>
    private static void AssertRefused(TempSite site, Func<CliRun> run, string reason)
    {
        var before = FileTree.Take(site.Input);
        var result = run();
        Assert.Equal(ExitCode.UsageError, result.ExitCode);
        Assert.Contains(reason, result.Stderr);
        before.AssertUnchanged(site.Input);
    }

    /// <summary>Fails unless check reports nothing at all, neither errors nor warnings.</summary>
    private static void AssertChecksClean(TempSite site)
    {
        var check = Invoke("check", "--input", site.Input, "--today", TempSite.SampleReviewsCurrent);
        Assert.True(check.ExitCode == ExitCode.Ok, check.Stdout + check.Stderr);
        Assert.DoesNotMatch(DiagnosticLine(), check.Stdout);
        Assert.Contains(": 0 errors, 0 warnings.", check.Stdout);
    }

    /// <summary>
    /// Fails unless check reports exactly one RQA034 for each placeholder in the files <c>new</c> wrote, at the line and
    /// column the test finds it itself, with the severity given (a warning in a draft, an error in an expert), and nothing else.
    /// </summary>
    private static CliRun AssertChecksOnlyPlaceholders(TempSite site, string severity, params string[] written)
    {
        var check = Invoke("check", "--input", site.Input, "--today", TempSite.SampleReviewsCurrent);
        var expected = written.SelectMany(relative => PlaceholdersIn(site, relative).Select(at => $"{relative}:{at.Line}:{at.Column}: {severity} RQA034")).Order(StringComparer.Ordinal).ToList();
        var reported = DiagnosticParts().Matches(check.Stdout)
            .Select(m => $"{Path.GetRelativePath(site.Input, m.Groups["path"].Value).Replace('\\', '/')}:{m.Groups["line"].Value}:{m.Groups["col"].Value}: {m.Groups["rest"].Value}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, reported);
        Assert.Equal(severity == "error" ? ExitCode.ContentErrors : ExitCode.Ok, check.ExitCode);
        return check;
    }

    /// <summary>Where each declared placeholder stands in the file, found line by line (1-based line and column).</summary>
    private static List<(int Line, int Column)> PlaceholdersIn(TempSite site, string relative)
    {
        var found = new List<(int, int)>();
        var lines = site.ReadInput(relative).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var placeholder in Placeholder.All)
            {
                for (var at = lines[i].IndexOf(placeholder.Text, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(placeholder.Text, at + 1, StringComparison.Ordinal))
                    found.Add((i + 1, at + 1));
            }
        }
        return found;
    }

    /// <summary>What an author does next: every placeholder replaced with text of their own.</summary>
    private static void FillPlaceholders(TempSite site, string relative)
    {
        var text = site.ReadInput(relative);
        foreach (var (placeholder, i) in Placeholder.All.Select((p, i) => (p, i)))
            text = text.Replace(placeholder.Text, placeholder == Placeholder.Website ? "https://example.org/coaches/sam" : $"Written by the author, part {i}.", StringComparison.Ordinal);
        File.WriteAllText(site.InputPath(relative), text);
    }

    /// <summary>A draft <c>new</c> wrote: only its placeholders are reported, as warnings; filled in, nothing is.</summary>
    private static void AssertDraftChecksCleanOnceFilled(TempSite site, string relative)
    {
        AssertChecksOnlyPlaceholders(site, "warning", relative);
        FillPlaceholders(site, relative);
        AssertChecksClean(site);
    }

    /// <summary>The front matter's lines (between the fences) and the same parsed with YamlDotNet.</summary>
    private static (string[] Lines, YamlMappingNode Map) FrontMatter(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("---", lines[0]);
        var end = Array.IndexOf(lines, "---", 1);
        Assert.True(end > 0, $"{path} has no closing ---");
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines[1..end])));
        return (lines[1..end], (YamlMappingNode)stream.Documents[0].RootNode);
    }

    private static string Text(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value!;

    private static string[] List(YamlMappingNode map, string key) =>
        [.. ((YamlSequenceNode)map.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!)];

    /// <summary>The input holds what it held before plus <paramref name="added"/> (and the folders leading to it), every other byte unchanged.</summary>
    private static void AssertOnlyAdded(FileTree.Snapshot before, string root, string added)
    {
        var now = FileTree.Take(root);
        var folders = new SortedSet<string>(before.Directories, StringComparer.Ordinal);
        for (var dir = Path.GetDirectoryName(added); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            folders.Add(dir.Replace('\\', '/'));
        Assert.Equal(folders, now.Directories);
        Assert.Equal(before.Files.Keys.Append(added).Order(StringComparer.Ordinal), now.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(before.Files, kv => Assert.Equal(kv.Value, now.Files[kv.Key]));
    }

    [Fact]
    public void New_answer_writes_a_draft_at_answers_year_slug_with_the_given_values()
    {
        using var site = TempSite.FromSample();
        var before = FileTree.Take(site.Input);

        var run = NewAnswer(site, tags: "knee-pain, strength,glutes");

        Assert.True(run.ExitCode == ExitCode.Ok, run.Stderr);
        Assert.Equal("", run.Stderr);
        var relative = $"answers/2027/{Slug}.md";
        var path = site.InputPath(relative);
        Assert.True(File.Exists(path), run.Stdout);
        var (_, map) = FrontMatter(path);
        Assert.Equal(Title, Text(map, "title"));
        Assert.Equal("2027-03-14", Text(map, "date"));
        Assert.Equal("true", Text(map, "draft"));
        Assert.Equal("rachel-moss", Text(map, "expert"));
        Assert.Equal(["knee-pain", "strength", "glutes"], List(map, "tags"));
        Assert.False(string.IsNullOrWhiteSpace(Text(map, "question")));
        Assert.Contains(Path.GetFullPath(path).Replace('\\', '/'), run.Stdout); // the temp folder is outside the working directory
        Assert.Contains("draft: true", run.Stdout);
        Assert.Contains("`runnersqa check", run.Stdout);
        AssertOnlyAdded(before, site.Input, relative); // the 2027 folder is new too
    }

    [Fact]
    public void New_answer_writes_utf8_without_bom_and_with_unix_line_endings()
    {
        using var site = TempSite.FromSample();
        Assert.Equal(ExitCode.Ok, NewAnswer(site, title: "Is a café au lait fine before a race?").ExitCode);

        var bytes = File.ReadAllBytes(site.InputPath("answers/2027/is-a-cafe-au-lait-fine-before-a-race.md"));

        Assert.Equal((byte)'-', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Contains("café", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void New_answer_front_matter_opens_with_a_modeline_that_resolves_to_the_answer_schema()
    {
        using var site = TempSite.FromSample();
        Assert.Equal(ExitCode.Ok, NewAnswer(site).ExitCode);
        var path = site.InputPath($"answers/2027/{Slug}.md");

        var first = FrontMatter(path).Lines[0];

        Assert.StartsWith(ModelinePrefix, first, StringComparison.Ordinal);
        var target = first[ModelinePrefix.Length..];
        Assert.Equal("../../../schemas/answer.schema.json", target);
        Assert.Equal(Path.Combine(site.Root, "schemas", "answer.schema.json"), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target)));
    }

    [Fact]
    public void New_answer_passes_check_with_only_placeholder_warnings_and_the_site_still_builds_without_it()
    {
        using var site = TempSite.FromSample();
        Assert.Equal(ExitCode.Ok, NewAnswer(site).ExitCode);
        var relative = $"answers/2027/{Slug}.md";

        AssertChecksOnlyPlaceholders(site, "warning", relative);
        var build = Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);
        Assert.True(build.ExitCode == ExitCode.Ok, build.Stdout + build.Stderr);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories), p => p.Contains(Slug, StringComparison.Ordinal));

        var withDrafts = Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme, "--drafts");
        Assert.True(withDrafts.ExitCode == ExitCode.Ok, withDrafts.Stdout + withDrafts.Stderr);

        FillPlaceholders(site, relative);
        AssertChecksClean(site);
    }

    [Fact]
    public void New_answer_published_with_its_placeholders_fails_check_and_build_at_each_one_and_the_site_is_left_as_it_was()
    {
        using var site = TempSite.FromSample();
        // In the past, so published once undrafted; with no medical tag, which would also ask for sources (RQA042).
        Assert.Equal(ExitCode.Ok, NewAnswer(site, date: "2026-11-02", tags: "strength,recovery").ExitCode);
        var relative = $"answers/2026/{Slug}.md";
        var built = Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);
        Assert.Equal(ExitCode.Ok, built.ExitCode);
        var before = FileTree.Take(site.Output);
        site.Replace(relative, "draft: true\n", "");

        var check = AssertChecksOnlyPlaceholders(site, "error", relative);
        Assert.Equal(Placeholder.All.Count(p => site.ReadInput(relative).Contains(p.Text, StringComparison.Ordinal)), PlaceholdersIn(site, relative).Count);
        Assert.Contains("hint: replace the text `" + Placeholder.Question.Text + "` with the reader's question", check.Stdout);
        Assert.Contains("it came from `new`", check.Stdout);
        var build = Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme);
        Assert.Equal(ExitCode.ContentErrors, build.ExitCode);
        Assert.Contains("RQA034", build.Stdout);
        before.AssertUnchanged(site.Output);

        FillPlaceholders(site, relative);
        AssertChecksClean(site);
        Assert.Equal(ExitCode.Ok, Invoke("build", "--input", site.Input, "--output", site.Output, "--theme", Repository.DefaultTheme).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "answers", Slug, "index.html")));
    }

    [Fact]
    public void New_answer_on_the_minimal_fixture_passes_check_but_for_its_placeholders()
    {
        using var site = TempSite.FromFixture("minimal");
        Assert.Equal(ExitCode.Ok, NewAnswer(site, tags: "recovery").ExitCode);
        AssertDraftChecksCleanOnceFilled(site, $"answers/2027/{Slug}.md");
    }

    [Fact]
    public async Task New_answer_with_its_optional_fields_uncommented_still_passes_check_and_the_schema()
    {
        using var site = TempSite.FromSample();
        Assert.Equal(ExitCode.Ok, NewAnswer(site).ExitCode);
        var path = site.InputPath($"answers/2027/{Slug}.md");
        var lines = File.ReadAllText(path).Split('\n');
        var uncommented = lines.Select(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith(ModelinePrefix, StringComparison.Ordinal) ? l[2..] : l).ToArray();
        Assert.Contains(uncommented, l => l.StartsWith("exercises:", StringComparison.Ordinal));
        Assert.Contains(uncommented, l => l.StartsWith("summary:", StringComparison.Ordinal));
        File.WriteAllText(path, string.Join('\n', uncommented));

        AssertDraftChecksCleanOnceFilled(site, $"answers/2027/{Slug}.md");
        Assert.Empty((await ContentSchema.LoadAsync(ContentSchema.Answer)).Validate(FrontMatterJson.ReadFile(path)));
    }

    [Fact]
    public async Task New_answer_and_expert_validate_against_the_schemas_their_modelines_name()
    {
        using var site = TempSite.FromSample();
        Assert.Equal(ExitCode.Ok, NewAnswer(site).ExitCode);
        Assert.Equal(ExitCode.Ok, NewExpert(site, "sam-oduya").ExitCode);
        var answer = await ContentSchema.LoadAsync(ContentSchema.Answer);
        var expert = await ContentSchema.LoadAsync(ContentSchema.Expert);

        Assert.Empty(answer.Validate(FrontMatterJson.ReadFile(site.InputPath($"answers/2027/{Slug}.md"))));
        Assert.Empty(expert.Validate(FrontMatterJson.ReadFile(site.InputPath("experts/sam-oduya.md"))));
    }

    [Theory]
    [InlineData("Calves: why # do they \"cramp\" late?")]
    [InlineData("- a dash first, then 'single quotes' and a back\\slash")]
    [InlineData("{ braces } [brackets] & *stars* | pipes > more")]
    public void Title_with_yaml_syntax_round_trips_exactly(string title)
    {
        using var site = TempSite.FromSample();
        var run = NewAnswer(site, title: title);
        Assert.True(run.ExitCode == ExitCode.Ok, run.Stderr);

        var path = Assert.Single(Directory.GetFiles(site.InputPath("answers/2027")));

        Assert.Equal(title, Text(FrontMatter(path).Map, "title"));
        Assert.Equal(RunnersQA.Content.Slug.From(title) + ".md", Path.GetFileName(path));
        AssertDraftChecksCleanOnceFilled(site, Path.GetRelativePath(site.Input, path).Replace('\\', '/'));
    }

    [Fact]
    public void Without_a_date_the_answer_is_dated_today_in_this_year_folder()
    {
        using var site = TempSite.FromSample();
        var before = DateOnly.FromDateTime(DateTime.Now);

        Assert.Equal(ExitCode.Ok, NewAnswer(site, date: null).ExitCode);

        var after = DateOnly.FromDateTime(DateTime.Now);
        var path = Assert.Single(new[] { before, after }.Distinct()
            .Select(d => site.InputPath($"answers/{d.Year}/{Slug}.md")), File.Exists);
        var date = DateOnly.ParseExact(Text(FrontMatter(path).Map, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.InRange(date, before, after);
    }

    [Fact]
    public void New_answer_refuses_to_overwrite_and_leaves_the_file_as_it_was()
    {
        using var site = TempSite.FromSample();
        Assert.Equal(ExitCode.Ok, NewAnswer(site).ExitCode);
        var relative = $"answers/2027/{Slug}.md";
        site.Replace(relative, "draft: true", "draft: false"); // an author's edit that must survive
        var before = FileTree.Take(site.Input);

        var again = NewAnswer(site);

        Assert.Equal(ExitCode.UsageError, again.ExitCode);
        Assert.Contains($"{Slug}.md", again.Stderr);
        Assert.Equal("", again.Stdout);
        before.AssertUnchanged(site.Input);
    }

    [Fact]
    public void New_answer_refuses_a_slug_another_year_already_has()
    {
        using var site = TempSite.FromSample();
        Assert.True(File.Exists(site.InputPath("answers/2025/does-foam-rolling-actually-work.md")));
        AssertRefused(site, () => NewAnswer(site, title: "Does foam rolling actually work?", date: "2026-12-01"), "answers/2025/does-foam-rolling-actually-work.md");
    }

    [Fact]
    public void Unknown_expert_is_a_usage_error_that_suggests_the_nearest_id()
    {
        using var site = TempSite.FromSample();
        AssertRefused(site, () => NewAnswer(site, expert: "rachel-mos"), "did you mean 'rachel-moss'");
    }

    [Fact]
    public void Unknown_tag_is_a_usage_error_that_suggests_the_nearest_tag()
    {
        using var site = TempSite.FromSample();
        Assert.Contains(site.Content.Tags, t => t.Id == "knee-pain");
        AssertRefused(site, () => NewAnswer(site, tags: "strength,kne-pain"), "did you mean 'knee-pain'");
    }

    [Fact]
    public void Without_tags_yml_any_tag_that_is_a_valid_slug_is_accepted()
    {
        using var site = TempSite.FromFixture("minimal");
        File.Delete(site.InputPath("tags.yml"));

        Assert.Equal(ExitCode.UsageError, NewAnswer(site, tags: "Calf Cramp").ExitCode);
        Assert.Equal(ExitCode.Ok, NewAnswer(site, tags: "calf-cramp").ExitCode);
        AssertDraftChecksCleanOnceFilled(site, $"answers/2027/{Slug}.md");
    }

    [Theory]
    [InlineData("Too short")]
    [InlineData("   Short?      ")]
    [InlineData("Line one\nline two of a title")]
    public void Title_out_of_bounds_is_a_usage_error(string title)
    {
        using var site = TempSite.FromSample();
        AssertRefused(site, () => NewAnswer(site, title: title), "title");
    }

    [Fact]
    public void Title_over_120_characters_is_a_usage_error()
    {
        using var site = TempSite.FromSample();
        var run = NewAnswer(site, title: "Why " + new string('x', 117));
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains("10 to 120", run.Stderr);
    }

    [Theory]
    [InlineData(",")]
    [InlineData("knee-pain,strength,glutes,core,recovery,sleep,cadence")]
    public void Zero_or_more_than_six_tags_is_a_usage_error(string tags)
    {
        using var site = TempSite.FromSample();
        AssertRefused(site, () => NewAnswer(site, tags: tags), "1 to 6 tags");
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("14/03/2027")]
    public void Invalid_date_is_a_usage_error(string date)
    {
        using var site = TempSite.FromSample();
        AssertRefused(site, () => NewAnswer(site, date: date), "--date");
    }

    [Fact]
    public void A_folder_without_site_yml_is_a_usage_error_and_gets_nothing_written()
    {
        using var site = TempSite.FromSample();
        var empty = Directory.CreateDirectory(Path.Combine(site.Root, "not-a-site")).FullName;

        var answer = Invoke("new", "answer", "--input", empty, "--title", Title, "--expert", "rachel-moss", "--tags", "knee-pain");
        var expert = Invoke("new", "expert", "sam-oduya", "--input", empty);

        Assert.Equal(ExitCode.UsageError, answer.ExitCode);
        Assert.Equal(ExitCode.UsageError, expert.ExitCode);
        Assert.Contains("site.yml", answer.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
    }

    [Fact]
    public void New_expert_writes_a_file_whose_only_problems_are_its_placeholders_and_that_passes_check_once_filled()
    {
        using var site = TempSite.FromSample();
        var before = FileTree.Take(site.Input);

        var run = NewExpert(site, "sam-oduya");

        Assert.True(run.ExitCode == ExitCode.Ok, run.Stderr);
        var relative = "experts/sam-oduya.md";
        var path = site.InputPath(relative);
        var (lines, map) = FrontMatter(path);
        Assert.Equal(ModelinePrefix + "../../schemas/expert.schema.json", lines[0]);
        Assert.Equal("Sam Oduya", Text(map, "name"));
        Assert.False(string.IsNullOrWhiteSpace(Text(map, "role")));
        Assert.NotEmpty(List(map, "credentials"));
        Assert.False(string.IsNullOrWhiteSpace(site.Content.Expert("sam-oduya").Bio));
        Assert.Contains("`runnersqa check", run.Stdout);
        AssertOnlyAdded(before, site.Input, relative);
        AssertChecksOnlyPlaceholders(site, "error", relative);
        FillPlaceholders(site, relative);
        AssertChecksClean(site);

        // The new expert can answer straight away.
        Assert.Equal(ExitCode.Ok, NewAnswer(site, expert: "sam-oduya").ExitCode);
        AssertDraftChecksCleanOnceFilled(site, $"answers/2027/{Slug}.md");
    }

    [Fact]
    public void New_expert_takes_name_and_role_exactly_as_given()
    {
        using var site = TempSite.FromSample();

        var run = NewExpert(site, "sam-oduya", "--name", "Dr Sam O'Duya: \"Doc\"", "--role", "Physiotherapist # sports");

        Assert.True(run.ExitCode == ExitCode.Ok, run.Stderr);
        var (_, map) = FrontMatter(site.InputPath("experts/sam-oduya.md"));
        Assert.Equal("Dr Sam O'Duya: \"Doc\"", Text(map, "name"));
        Assert.Equal("Physiotherapist # sports", Text(map, "role"));
        AssertChecksOnlyPlaceholders(site, "error", "experts/sam-oduya.md");
        FillPlaceholders(site, "experts/sam-oduya.md");
        AssertChecksClean(site);
    }

    [Fact]
    public void New_expert_with_an_invalid_id_is_a_usage_error_that_suggests_a_slug()
    {
        using var site = TempSite.FromSample();
        AssertRefused(site, () => NewExpert(site, "Rachel Moss"), "'rachel-moss'");
    }

    [Fact]
    public void New_expert_refuses_to_overwrite()
    {
        using var site = TempSite.FromSample();
        AssertRefused(site, () => NewExpert(site, "rachel-moss"), "rachel-moss.md");
    }
}
