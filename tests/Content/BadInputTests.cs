using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>
/// tests/Fixtures/minimal/ builds; each case breaks one thing in a copy of it. The build must fail with exactly
/// the one diagnostic expected, at the file, line and column of the mistake, with a hint, and leave the
/// previous output exactly as it was, with nothing left beside it.
/// </summary>
public sealed class BadInputTests
{
    private const string Knees = "answers/2026/sore-knees.md";
    private const string Rest = "answers/2025/rest-days.md";
    private const string Expert = "experts/rachel-moss.md";

    internal sealed record Expected(string File, int Line, int Column, DiagnosticCode Code);

    /// <summary>Breaks the site and says where the one error must be reported.</summary>
    private static Expected Break(string name, TempSite site) => name switch
    {
        "unclosed-quote" => At(site, Knees, DiagnosticCode.MalformedYaml,
            "title: Why do my knees get sore a few miles in?", "title: \"Why do my knees get sore a few miles in?", "title: \"", "\""),
        "bad-indentation" => At(site, Knees, DiagnosticCode.MalformedYaml,
            "asker: { name: Matt, location: London }", "asker:\n  name: Matt\n location: London", " location: London", "location"),
        "missing-title" => Missing(site, Knees, "title: Why do my knees get sore a few miles in?\n"),
        "missing-date" => Missing(site, Knees, "date: 2026-03-02\n"),
        "missing-question" => Missing(site, Knees, "question: |\n  Both my knees ache a few miles into every run.\n  Should I stop running?\n"),
        "missing-expert" => Missing(site, Knees, "expert: rachel-moss\n"),
        "unknown-expert" => At(site, Knees, DiagnosticCode.UnknownExpert, "expert: rachel-moss", "expert: nobody", "expert: nobody", "nobody"),
        "unknown-tag" => At(site, Knees, DiagnosticCode.UnknownTag, "tags: [knee-pain, strength]", "tags: [kne-pain, strength]", "tags: [kne-pain", "kne-pain"),
        "invalid-date" => At(site, Knees, DiagnosticCode.InvalidDate, "date: 2026-03-02", "date: 2026-13-45", "date: 2026-13-45", "2026-13-45"),
        "javascript-link-in-body" => At(site, Knees, DiagnosticCode.UnsafeLink,
            "[rest days](/answers/rest-days/)", "[rest days](javascript:alert(1))", "[rest days](javascript:", "["),
        "javascript-link-in-question" => At(site, Knees, DiagnosticCode.UnsafeLink,
            "  Should I stop running?", "  Should I [stop](javascript:alert(1)) running?", "Should I [stop]", "["),
        "javascript-link-in-question-indented-four" => At(site, Knees, DiagnosticCode.UnsafeLink,
            "  Both my knees ache a few miles into every run.\n  Should I stop running?",
            "    Both my knees ache a few miles into every run.\n    Should I [stop](javascript:alert(1)) running?", "Should I [stop]", "["),
        "autolink-with-javascript" => At(site, Knees, DiagnosticCode.UnsafeLink,
            "You have not worn your knees out.", "You have not worn <javascript:alert(1)> your knees out.", "You have not worn <", "<"),
        "javascript-exercise-url" => At(site, Knees, DiagnosticCode.UnsafeLink,
            "url: https://www.youtube.com/watch?v=abcdefghijk", "url: javascript:alert(1)", "url: javascript:", "javascript:"),
        "ftp-exercise-url" => At(site, Knees, DiagnosticCode.UnsafeLink,
            "url: https://www.youtube.com/watch?v=abcdefghijk", "url: ftp://example.org/drill.mp4", "url: ftp:", "ftp:"),
        "javascript-expert-link" => At(site, Expert, DiagnosticCode.UnsafeLink,
            "website: https://example.org/coaches/rachel-moss", "website: javascript:alert(1)", "website: javascript:", "javascript:"),
        "missing-photo" => At(site, Expert, DiagnosticCode.MissingFile, "role: Running coach", "role: Running coach\nphoto: nobody.jpg", "photo: nobody.jpg", "nobody.jpg"),
        "missing-role" => Missing(site, Expert, "role: Running coach\n"),
        "wrong-type-tags" => At(site, Knees, DiagnosticCode.WrongType, "tags: [knee-pain, strength]", "tags: { knee-pain: yes }", "tags: {", "{"),
        "unknown-exercise-kind" => At(site, Knees, DiagnosticCode.InvalidValue, "kind: video", "kind: podcast", "kind: podcast", "podcast"),
        "no-front-matter" => NoFrontMatter(site, Rest),
        "invalid-slug" => Rename(site, Knees, "answers/2026/Sore_Knees.md", DiagnosticCode.InvalidSlug), // nothing links to it
        "bad-tag-id-in-tags-yml" => At(site, "tags.yml", DiagnosticCode.InvalidSlug, "recovery:\n", "Foam_Rolling:\n  name: Foam rolling\nrecovery:\n", "Foam_Rolling:", "Foam_Rolling"),
        "malformed-tags-yml" => At(site, "tags.yml", DiagnosticCode.MalformedYaml,
            "  name: Strength training", "  name: \"Strength training", "  name: \"", "\""),
        "malformed-site-yml" => At(site, "site.yml", DiagnosticCode.MalformedYaml,
            "title: Minimal Runners' Q&A", "title: \"Minimal Runners' Q&A", "title: \"", "\""),
        "zero-per-page" => At(site, "site.yml", DiagnosticCode.InvalidValue, "per_page: 20", "per_page: 0", "per_page: 0", "0"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
    };

    private static Expected At(TempSite site, string file, DiagnosticCode code, string oldText, string newText, string line, string value)
    {
        var (l, c) = TextPosition.Of(site.Replace(file, oldText, newText), line, value);
        return new Expected(file, l, c, code);
    }

    /// <summary>A required field that is not there has no line of its own: it is reported where the front matter opens.</summary>
    private static Expected Missing(TempSite site, string file, string lines)
    {
        var text = site.Replace(file, lines, "");
        Assert.StartsWith("---\n", text);
        return new Expected(file, 1, 1, DiagnosticCode.MissingField);
    }

    private static Expected NoFrontMatter(TempSite site, string file)
    {
        var text = site.ReadInput(file);
        Assert.StartsWith("---\n", text);
        site.WriteInput(file, text[4..].Replace("\n---\n", "\n\n", StringComparison.Ordinal));
        return new Expected(file, 1, 1, DiagnosticCode.MissingFrontMatter);
    }

    private static Expected Rename(TempSite site, string file, string newName, DiagnosticCode code)
    {
        File.Move(site.InputPath(file), site.InputPath(newName));
        return new Expected(newName, 1, 1, code);
    }

    public static TheoryData<string> Cases() =>
    [
        "unclosed-quote", "bad-indentation", "missing-title", "missing-date", "missing-question", "missing-expert",
        "unknown-expert", "unknown-tag", "invalid-date", "javascript-link-in-body", "javascript-link-in-question",
        "javascript-link-in-question-indented-four", "autolink-with-javascript", "javascript-exercise-url", "ftp-exercise-url",
        "javascript-expert-link", "missing-photo", "missing-role", "wrong-type-tags", "unknown-exercise-kind", "no-front-matter",
        "invalid-slug", "bad-tag-id-in-tags-yml", "malformed-tags-yml", "malformed-site-yml", "zero-per-page",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_is_reported_at_the_mistake_and_leaves_the_output_alone(string name)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var beside = Entries(site.Root);

        var expected = Break(name, site);
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        AssertAt(expected, error, site);
        before.AssertUnchanged(site.Output);
        Assert.Equal(beside, Entries(site.Root));
    }

    /// <summary>
    /// A bracket opened and never closed, a likely slip when typing a tag list. Where exactly the parser notices is
    /// its business, but it must be reported as malformed YAML in that file, between the bracket and the end of
    /// the YAML, and not crash the build.
    /// </summary>
    [Theory]
    [InlineData(Knees, "tags: [knee-pain, strength]", "tags: [knee-pain, strength", 15)]
    [InlineData("site.yml", "title: Minimal Runners' Q&A", "title: [Minimal Runners' Q&A", 6)]
    public void Unclosed_bracket_is_reported_as_malformed_yaml(string file, string oldText, string newText, int lastYamlLine)
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var (line, _) = TextPosition.Of(site.Replace(file, oldText, newText), newText, "[");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.MalformedYaml, error.Code);
        Assert.Equal(Path.GetFullPath(site.InputPath(file)), Path.GetFullPath(error.Location.Path));
        Assert.InRange(error.Location.Line, line, lastYamlLine);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        before.AssertUnchanged(site.Output);
    }

    [Fact]
    public void Unknown_tag_hint_suggests_the_near_miss()
    {
        using var site = TempSite.FromFixture("minimal");
        Break("unknown-tag", site);
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Contains("did you mean 'knee-pain'", error.Hint);
    }

    [Fact]
    public void Unknown_expert_hint_suggests_the_near_miss()
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace(Knees, "expert: rachel-moss", "expert: rachel-mos");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.UnknownExpert, error.Code);
        Assert.Contains("did you mean 'rachel-moss'", error.Hint);
    }

    [Fact]
    public void Duplicate_slug_across_years_is_reported_and_leaves_the_output_alone()
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var beside = Entries(site.Root);

        const string copy = "answers/2025/sore-knees.md";
        site.WriteInput(copy, site.ReadInput(Knees).Replace("date: 2026-03-02", "date: 2025-03-02", StringComparison.Ordinal));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.DuplicateSlug, error.Code);
        // Either file may carry the report; the message must name the other one.
        var files = new[] { Knees, copy }.Select(f => Path.GetFullPath(site.InputPath(f))).ToArray();
        var reported = Path.GetFullPath(error.Location.Path);
        Assert.Contains(reported, files);
        var other = files.Single(f => f != reported);
        Assert.Contains(Path.GetRelativePath(site.Input, other).Replace('\\', '/'), error.Message.Replace('\\', '/'));
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        before.AssertUnchanged(site.Output);
        Assert.Equal(beside, Entries(site.Root));
    }

    [Fact]
    public void Three_broken_files_are_all_reported_in_one_run()
    {
        using var site = TempSite.FromFixture("minimal");
        site.BuildClean();
        var before = FileTree.Take(site.Output);
        var beside = Entries(site.Root);

        var expected = new[]
        {
            Break("unknown-expert", site),
            At(site, Rest, DiagnosticCode.InvalidDate, "date: 2025-10-14", "date: 2025-02-30", "date: 2025-02-30", "2025-02-30"),
            Missing(site, Expert, "role: Running coach\n"),
        };
        var result = site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(expected.Length, errors.Count);
        foreach (var e in expected)
        {
            var match = errors.SingleOrDefault(d => d.Code == e.Code && Path.GetFullPath(d.Location.Path) == Path.GetFullPath(site.InputPath(e.File)));
            Assert.True(match is not null, $"no {e.Code} reported for {e.File}; got:\n" + string.Join("\n", errors.Select(DiagnosticFormatter.Format)));
            AssertAt(e, match, site);
        }
        before.AssertUnchanged(site.Output);
        Assert.Equal(beside, Entries(site.Root));
    }

    [Fact]
    public void Check_reports_the_same_error_and_writes_nothing()
    {
        using var site = TempSite.FromFixture("minimal");
        var expected = Break("unknown-expert", site);
        var result = RunnersQA.Pipeline.SiteBuild.Check(site.Options());
        AssertAt(expected, Assert.Single(result.Diagnostics, d => d.IsError), site);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(["input"], Entries(site.Root));
    }

    private static void AssertAt(Expected expected, Diagnostic actual, TempSite site)
    {
        var shown = DiagnosticFormatter.Format(actual);
        Assert.True(expected.Code == actual.Code, $"expected {expected.Code}, got: {shown}");
        Assert.True(Path.GetFullPath(site.InputPath(expected.File)) == Path.GetFullPath(actual.Location.Path), $"expected the report in {expected.File}, got: {shown}");
        Assert.True((expected.Line, expected.Column) == (actual.Location.Line, actual.Location.Column),
            $"expected {expected.File}:{expected.Line}:{expected.Column}, got: {shown}");
        Assert.False(string.IsNullOrWhiteSpace(actual.Hint), $"no hint: {shown}");
        Assert.False(string.IsNullOrWhiteSpace(actual.Message), $"no message: {shown}");
    }

    /// <summary>What is in a folder at the top level (so leftovers such as .site.tmp-* show).</summary>
    private static string[] Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
