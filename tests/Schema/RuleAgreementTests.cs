using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Schema;

/// <summary>
/// The schema and <c>check</c> agree on every fixture of tests/Fixtures/check/: each front-matter file the
/// schema rejects is one where <c>check</c> reports a problem a schema can see, and the other way round.
/// What a schema cannot see (a date in the future, a broken link, the Markdown body) it must accept.
/// </summary>
public sealed class RuleAgreementTests
{
    /// <summary>
    /// Missing fields, values of the wrong type, out-of-range values, unsafe exercise and source links, title, summary
    /// and tag count, unknown keys, an alias that is not a root path, a DOI or PubMed id not written as one; these
    /// front-matter codes the schema must catch too.
    /// </summary>
    private static readonly string[] SchemaVisible = ["RQA002", "RQA007", "RQA008", "RQA013", "RQA016", "RQA017", "RQA018", "RQA024", "RQA025", "RQA041"];

    /// <summary>A file that is not YAML with front matter has nothing a schema could validate: its editor's YAML reports it.</summary>
    private static readonly string[] NotYaml = ["RQA001", "RQA010"];

    private static readonly string Cases = Path.Combine(Repository.Fixtures, "check");

    /// <summary>The code of an expected.txt line, which may go on with words its message holds.</summary>
    private static string Code(string line) => System.Text.RegularExpressions.Regex.Match(line, @" (?:error|warning) (RQA\d{3})").Groups[1].Value;

    public static TheoryData<string, string> FrontMatterFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in Directory.GetDirectories(Cases).Order(StringComparer.Ordinal))
        {
            var input = Path.Combine(fixture, "input");
            var expected = File.ReadAllLines(Path.Combine(fixture, "expected.txt"));
            foreach (var file in Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
                if (!expected.Any(l => l.StartsWith(relative + ":", StringComparison.Ordinal) && NotYaml.Contains(Code(l))))
                    data.Add(Path.GetFileName(fixture), relative);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FrontMatterFiles))]
    public async Task The_schema_rejects_a_fixture_file_exactly_when_check_reports_a_front_matter_problem(string fixture, string file)
    {
        var schema = await ContentSchema.LoadAsync(file.StartsWith("experts/", StringComparison.Ordinal) ? ContentSchema.Expert : ContentSchema.Answer);
        var expected = File.ReadAllLines(Path.Combine(Cases, fixture, "expected.txt"))
            .Where(l => l.StartsWith(file + ":", StringComparison.Ordinal))
            .Select(Code);

        var violations = schema.Validate(FrontMatterJson.ReadFile(Path.Combine(Cases, fixture, "input", file)));

        Assert.Equal(expected.Any(SchemaVisible.Contains), violations.Count > 0);
    }

    [Fact]
    public void Both_sides_of_the_agreement_are_exercised()
    {
        var codes = Directory.GetDirectories(Cases).SelectMany(f => File.ReadAllLines(Path.Combine(f, "expected.txt"))).Where(l => l.Length > 0).Select(Code).ToHashSet();
        Assert.Contains(codes, SchemaVisible.Contains);
        Assert.Contains(codes, c => !SchemaVisible.Contains(c));
    }
}
