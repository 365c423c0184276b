using CsCheck;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>
/// The common YAML mistakes are named in plain words at the line and column of the mistake, with the parser's own
/// words after the message, in every YAML file a site has: each mistake is written at the top and at the end of an
/// answer's front matter, site.yml and tags.yml of the minimal site, and `check` must report exactly that one error.
/// </summary>
public sealed class YamlMistakeTests
{
    private const string Knees = "answers/2026/sore-knees.md";

    /// <summary>A mistake: its lines, and where (line within them, column) and in what words it must be reported.</summary>
    public sealed record Mistake(string Name, string Yaml, int Line, int Column, string Cause, bool ParserWords = true)
    {
        public override string ToString() => Name;
    }

    private static readonly Mistake[] Mistakes =
    [
        new("colon-in-value", "note: Knees: why they hurt", 1, 12, "`note`'s value has a ':' followed by a space"),
        new("block-line-not-indented", "note: |\n  The first line\nthe second line", 3, 1, "is part of `note`'s text (the '|' on line"),
        new("block-first-line-not-indented", "note: |\nThe first line", 2, 1, "the text of `note: |` starts on this line, but it is not indented"),
        new("value-line-not-indented", "note: The first line\nthe second line", 2, 1, "goes on from `note`'s value on line"),
        new("tab", "box:\n\tnote: a", 2, 1, "indented with a tab"),
        new("dash-without-space", "list:\n  - a\n  -b", 3, 3, "`-b` has no space after its '-'"),
        new("unclosed-double-quote", "note: \"The first line", 1, 7, "the double quote `\"` that starts `note`'s value is "),
        new("unclosed-single-quote", "note: 'The first line", 1, 7, "the single quote `'` that starts `note`'s value is "),
        new("quote-closed-lines-below", "note: 'The first line\nother: Runners' Q&A", 1, 7, "the single quote `'` that starts `note`'s value is not closed on its line, so YAML reads on to the next `'`, on line"),
        new("unclosed-bracket", "list: [a, b", 1, 7, "the '[' that opens `list`'s list is never closed", ParserWords: false),
        new("unclosed-brace", "box: { a: b", 1, 6, "the '{' that opens `box`'s set of `key: value` pairs is never closed", ParserWords: false),
        new("no-space-after-colon", "note:value", 1, 5, "`note:value` has no space after the ':'"),
        new("apostrophe-in-quotes", "note: 'Runner's knee'", 1, 7, "starts with a single quote `'`, so YAML ends it at the next `'`"),
        new("duplicate-key", "note: a\nnote: b", 2, 1, "`note` is given twice in the same place: on line"),
        new("key-misindented", "box:\n  a: 1\n b: 2", 3, 2, "`b` starts in column 2, but `a` above it"),
        new("text-after-bar", "note: | The first line\n  more", 1, 7, "text follows `|` on the line of `note`"),
        new("value-starts-with-at", "note: @home", 1, 7, "`note`'s value starts with '@'"),
    ];

    public static TheoryData<string, string, Mistake> Cases()
    {
        var data = new TheoryData<string, string, Mistake>();
        foreach (var file in new[] { Knees, "site.yml", "tags.yml" })
        foreach (var where in new[] { "top", "end" })
        foreach (var mistake in Mistakes)
            data.Add(file, where, mistake);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mistake_is_named_at_its_line_in_every_yaml_file(string file, string where, Mistake mistake)
    {
        using var site = TempSite.FromFixture("minimal");
        var text = site.ReadInput(file);
        var yamlEnd = file == Knees ? text.IndexOf("\n---\n", StringComparison.Ordinal) + 1 : text.Length;
        var at = where == "top" ? (file == Knees ? 4 : 0) : yamlEnd;
        site.WriteInput(file, text[..at] + mistake.Yaml + "\n" + text[at..]);
        var firstLine = text[..at].Count(c => c == '\n') + 1;

        var result = RunnersQA.Pipeline.SiteBuild.Check(site.Options());

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        var shown = DiagnosticFormatter.Format(error);
        Assert.True(DiagnosticCode.MalformedYaml == error.Code, shown);
        Assert.Equal(Path.GetFullPath(site.InputPath(file)), Path.GetFullPath(error.Location.Path));
        Assert.True((firstLine + mistake.Line - 1, mistake.Column) == (error.Location.Line, error.Location.Column), $"expected {firstLine + mistake.Line - 1}:{mistake.Column}, got {shown}");
        Assert.Contains(mistake.Cause, error.Message, StringComparison.Ordinal);
        if (mistake.ParserWords) Assert.Matches(@" \(YAML parser: [A-Z][^()]+\)$", error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        Assert.DoesNotContain("front matter", error.Message + error.Hint, StringComparison.Ordinal);
    }

    /// <summary>Line numbers a message names are the file's own (the first title is on line 2, line 1 of the front
    /// matter), and a hint shows the line as it should be.</summary>
    [Theory]
    [InlineData("tags: [knee-pain, strength]", "tags: [knee-pain, strength]\ntitle: Sore knees", "on line 2 and here", false)]
    [InlineData("title: Why do my knees get sore a few miles in?", "title: Sore knees: why they hurt", "`title: \"Sore knees: why they hurt\"`", true)]
    public void Message_and_hint_speak_of_the_file_as_written(string oldText, string newText, string words, bool inHint)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace(Knees, oldText, newText);

        var error = Assert.Single(RunnersQA.Pipeline.SiteBuild.Check(site.Options()).Diagnostics, d => d.IsError);

        Assert.Contains(words, inHint ? error.Hint : error.Message, StringComparison.Ordinal);
    }

    /// <summary>Whatever the text, explaining a parse failure never throws and points inside the text.</summary>
    [Fact]
    public void Any_text_that_fails_to_parse_is_explained_inside_it()
    {
        string[] pieces = ["a", "b c", ":", ": ", "-", "- ", " ", "  ", "\t", "\n", "\"", "'", "[", "]", "{", "}", ",", "#", "|", ">", "*", "&", "!", "@", "%", "?", "\r\n", "---"];
        var piece = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
        var texts = Gen.OneOf(
            piece.Array[0, 40].Select(p => string.Concat(p)),
            Gen.Select(Gen.Int[0, 400], piece, Gen.Int[0, 3], (at, p, cut) => Mutate(MinimalAnswerYaml, at, p, cut)));
        texts.Sample(yaml =>
        {
            var bag = new DiagnosticBag();
            YamlMap.Parse(yaml, "f.yml", 2, bag);
            var lines = Math.Max(1, yaml.Split('\n').Length);
            foreach (var d in bag.Sorted())
            {
                Assert.InRange(d.Location.Line, 1, lines + 1);
                Assert.True(d.Location.Column >= 1);
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
                Assert.False(string.IsNullOrWhiteSpace(d.Hint));
            }
        }, iter: 20_000);
    }

    private static string Mutate(string text, int at, string piece, int cut)
    {
        at = Math.Min(at, text.Length);
        return text[..at] + piece + text[Math.Min(text.Length, at + cut)..];
    }

    private static readonly string MinimalAnswerYaml = FrontMatter.Split(File.ReadAllText(Path.Combine(Repository.Fixtures, "minimal", Knees)))!.Yaml;
}
