using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>
/// A second taxonomy's terms are checked by the rules that check tags (tests/Fixtures/taxonomies, <c>levels</c>):
/// an unknown term with the nearest one, too many terms, a misspelt field with the nearest key; and what site.yml
/// declares must keep clear of the rest of the site. Each case changes one thing in a copy of the fixture and
/// expects the one diagnostic of its code, at the file, line and column of the mistake, and no other error.
/// </summary>
public sealed class TaxonomyCheckTests
{
    internal sealed record Expected(string File, int Line, int Column, DiagnosticCode Code, string Hint);

    /// <summary>An answer of the fixture, and the line that files it under a level.</summary>
    private const string Answer = "answers/2026/first-run.md";
    private const string Levels = "levels: [beginner]";

    public static TheoryData<string> Cases => [.. Break.Keys];

    private static readonly Dictionary<string, Func<TempSite, Expected>> Break = new()
    {
        ["unknown term"] = site => At(site, Answer, Levels, "levels: [beginer]", "beginer", DiagnosticCode.UnknownTag, "did you mean 'beginner'?"),
        ["too many terms"] = site => At(site, Answer, Levels, "levels: [beginner, intermediate]", "intermediate", DiagnosticCode.TagCount, "keep the one level"),
        ["misspelt field"] = site => At(site, Answer, Levels, "level: [beginner]", "level", DiagnosticCode.UnknownField, "did you mean `levels`?"),
        ["wrong type"] = site => At(site, Answer, Levels, "levels: { beginner: yes }", "{", DiagnosticCode.WrongType, "levels:"),
        ["a required taxonomy left out"] = site =>
        {
            site.Replace("site.yml", "    max: 1\n", "    max: 1\n    required: true\n");
            return new Expected("answers/2026/no-level-yet.md", 1, 1, DiagnosticCode.MissingField, "levels:");
        },
        ["key of a front-matter field"] = site => At(site, "site.yml", "  levels:", "  summary:", "summary", DiagnosticCode.InvalidValue, "another key"),
        ["tags declared again"] = site => At(site, "site.yml", "  levels:", "  tags:", "tags", DiagnosticCode.InvalidValue, "tags.yml"),
        ["key of the search manifest"] = site => At(site, "site.yml", "  levels:", "  lists:", "lists", DiagnosticCode.InvalidValue, "another key"),
        ["term of the search words"] = site => At(site, "site.yml", "    term: level", "    term: q", "q", DiagnosticCode.InvalidValue, "term:"),
        ["term of the search order"] = site => At(site, "site.yml", "    term: level", "    term: sort", "sort", DiagnosticCode.InvalidValue, "term:"),
        ["term of tags"] = site => At(site, "site.yml", "    term: level", "    term: tag", "tag", DiagnosticCode.InvalidValue, "term:"),
        ["folder another output writes"] = site => Folder(site, "search/"),
        ["folder of tags"] = site => Folder(site, "tags/"),
        ["misspelt setting"] = site => At(site, "site.yml", "    max: 1", "    maxx: 1", "maxx", DiagnosticCode.UnknownField, "did you mean `max`?"),
        ["a folder outside the site"] = site => BadFolder(site, "../levels/"),
        ["a folder that is no slug"] = site => BadFolder(site, "By Level/"),
        ["a term that is no slug"] = site => At(site, "site.yml", "    term: level", "    term: Level X", "Level X", DiagnosticCode.InvalidValue, "term: level"),
        ["invalid term id"] = site => At(site, "site.yml", "      ultra: Ultra distance", "      Ultra_Distance: Ultra distance", "Ultra_Distance",
            DiagnosticCode.InvalidSlug, "'ultra-distance'"),
    };

    private static Expected At(TempSite site, string file, string oldText, string newText, string value, DiagnosticCode code, string hint)
    {
        var (line, column) = TextPosition.Of(site.Replace(file, oldText, newText), newText.Trim(), value);
        return new Expected(file, line, column, code, hint);
    }

    /// <summary>A folder no declaration allows: reported at its value.</summary>
    private static Expected BadFolder(TempSite site, string path)
    {
        var (line, column) = TextPosition.Of(site.Replace("site.yml", "    term: level\n", $"    term: level\n    path: {path}\n"), $"path: {path}", path);
        return new Expected("site.yml", line, column, DiagnosticCode.InvalidValue, "path: levels/");
    }

    /// <summary>A folder that is not the taxonomy's to take: reported at its key.</summary>
    private static Expected Folder(TempSite site, string path)
    {
        var (line, column) = TextPosition.Of(site.Replace("site.yml", "    term: level\n", $"    term: level\n    path: {path}\n"), "  levels:", "levels");
        return new Expected("site.yml", line, column, DiagnosticCode.InvalidValue, "path:");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_mistake_gives_its_diagnostic_where_it_is(string name)
    {
        using var site = TempSite.FromFixture(TaxonomySiteFixture.Fixture);
        var expected = Break[name](site);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == expected.Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError && d != diagnostic);
        Assert.EndsWith("/" + expected.File, diagnostic.Location.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((expected.Line, expected.Column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(expected.Hint, diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taxonomy_without_declared_terms_accepts_any_valid_id()
    {
        using var site = TempSite.FromFixture(TaxonomySiteFixture.Fixture);
        var text = site.ReadInput("site.yml");
        site.WriteInput("site.yml", text[..text.IndexOf("    terms:", StringComparison.Ordinal)]);
        site.Replace(Answer, Levels, "levels: [first-steps]");

        site.BuildClean();

        Assert.Equal("First steps", BuiltSite.TextOf(site.Built.Page("levels/first-steps/index.html").QuerySelector("h1")!));
    }

    [Fact]
    public void Changing_a_taxonomys_limit_in_site_yml_rechecks_every_answer_in_a_session()
    {
        using var site = TempSite.FromFixture(TaxonomySiteFixture.Fixture);
        site.Replace("site.yml", "    max: 1\n", "    max: 2\n");
        site.Replace(Answer, Levels, "levels: [beginner, intermediate]");
        var session = new BuildSession(site.Options());
        Assert.DoesNotContain(session.Run().Diagnostics, d => d.IsError);

        site.Replace("site.yml", "    max: 2\n", "    max: 1\n");
        var rebuilt = session.Run();

        var error = Assert.Single(rebuilt.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.TagCount, error.Code);
        Assert.Equal(DiagnosticCode.TagCount, Assert.Single(site.Build().Diagnostics, d => d.IsError).Code); // as a clean build finds
    }
}
