using NJsonSchema.Validation;

namespace RunnersQA.Tests.Schema;

/// <summary>
/// schemas/answer.schema.json accepts a complete answer and rejects each mistake `check` reports, at the field
/// that is wrong. Each bad case changes one line of a small valid front matter.
/// </summary>
public sealed class AnswerSchemaTests
{
    /// <summary>The required fields only, one per line, so a case can swap or drop one.</summary>
    private static readonly string[] Required =
    [
        "title: Why do my calves cramp late in a marathon?",
        "date: 2026-11-02",
        "question: My calves cramp in the last few miles of every marathon. Is it salt?",
        "expert: rachel-moss",
        "tags: [calf-cramp, racing]",
    ];

    private const string Exercise = "exercises: [{ title: Calf raises, url: https://example.org/calf-raises";

    private const string EveryField = """
        title: Why do my calves cramp late in a marathon?
        date: 2026-11-02
        updated: 2026-11-09
        question: |
          My calves cramp in the last few miles of every marathon. Is it salt?
        asker: { name: Sam, location: Leeds }
        expert: rachel-moss
        tags: [calf-cramp, racing, strength]
        exercises:
          - title: Calf raises off a step
            url: https://example.org/calf-raises
            kind: drill
            minutes: 10
        summary: Late-race calf cramps are mostly fatigue, not salt.
        draft: true
        aliases: [/answers/calf-cramps/]
        """;

    public static TheoryData<string, string, string, ValidationErrorKind> Mistakes => new()
    {
        { "title of 5 characters", Set("title: Calf?"), "#/title", ValidationErrorKind.StringTooShort },
        { "title of 130 characters", Set("title: " + new string('x', 130)), "#/title", ValidationErrorKind.StringTooLong },
        { "no expert", Without("expert"), "#/expert", ValidationErrorKind.PropertyRequired },
        { "no tags", Set("tags: []"), "#/tags", ValidationErrorKind.TooFewItems },
        { "7 tags", Set("tags: [a, b, c, d, e, f, g]"), "#/tags", ValidationErrorKind.TooManyItems },
        { "a tag that is not a slug", Set("tags: [Knee Pain]"), "#/tags[0]", ValidationErrorKind.PatternMismatch },
        { "exercise kind podcast", Set(Exercise + ", kind: podcast }]"), "#/exercises[0].kind", ValidationErrorKind.NotInEnumeration },
        { "exercise of 0 minutes", Set(Exercise + ", minutes: 0 }]"), "#/exercises[0].minutes", ValidationErrorKind.NumberTooSmall },
        { "exercise url javascript:", Set("exercises: [{ title: Calf raises, url: 'javascript:alert(1)' }]"), "#/exercises[0].url", ValidationErrorKind.PatternMismatch },
        { "summary of 301 characters", Set("summary: " + new string('x', 301)), "#/summary", ValidationErrorKind.StringTooLong },
        { "unknown key titel", Set("titel: Calf cramps"), "#/titel", ValidationErrorKind.NoAdditionalPropertiesAllowed },
        { "month 13", Set("date: 2026-13-45"), "#/date", ValidationErrorKind.DateExpected },
    };

    [Fact]
    public async Task Accepts_an_answer_with_every_optional_field()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        Assert.Empty(schema.Validate(FrontMatterJson.FromYaml(EveryField)));
    }

    [Fact]
    public async Task Accepts_the_required_fields_alone()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        Assert.Empty(schema.Validate(FrontMatterJson.FromYaml(string.Join('\n', Required))));
    }

    [Theory]
    [InlineData("asker: Sam")]
    [InlineData("asker: { name: Sam }")]
    [InlineData("asker: { name: Sam, location: Leeds }")]
    public async Task Accepts_an_asker_as_a_name_or_a_name_and_location(string asker)
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        Assert.Empty(schema.Validate(FrontMatterJson.FromYaml(Set(asker))));
    }

    /// <summary>Neither alternative fits, so the violations of both are reported; the object's is the one that explains it.</summary>
    [Fact]
    public async Task Rejects_an_asker_with_an_unknown_key()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        var violations = schema.Validate(FrontMatterJson.FromYaml(Set("asker: { name: Sam, town: Leeds }")));

        Assert.Contains(new SchemaViolation("#/asker.town", ValidationErrorKind.NoAdditionalPropertiesAllowed), violations);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Rejects_a_mistake_at_its_field(string mistake, string frontMatter, string path, ValidationErrorKind kind)
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        var violations = schema.Validate(FrontMatterJson.FromYaml(frontMatter));

        Assert.True(violations.SequenceEqual([new SchemaViolation(path, kind)]),
            $"{mistake}: expected only {path}: {kind}, got [{string.Join(", ", violations)}]");
    }

    /// <summary>The required fields with <paramref name="line"/> in place of the line of the same key, or added.</summary>
    private static string Set(string line)
    {
        var key = line[..line.IndexOf(':')];
        return string.Join('\n', Required.Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).Append(line));
    }

    private static string Without(string key) =>
        string.Join('\n', Required.Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));
}
