using NJsonSchema.Validation;

namespace RunnersQA.Tests.Schema;

/// <summary>schemas/expert.schema.json accepts a complete expert and rejects each mistake `check` reports.</summary>
public sealed class ExpertSchemaTests
{
    private const string EveryField = """
        name: Rachel Moss
        role: Running coach
        credentials: [MSc Sport Science, UK Athletics Level 3 Endurance Coach]
        photo: rachel-moss.jpg
        links: { website: https://example.org/coaches/rachel-moss, twitter: http://twitter.example/rachel }
        """;

    public static TheoryData<string, string, string, ValidationErrorKind> Mistakes => new()
    {
        { "no role", "name: Rachel Moss", "#/role", ValidationErrorKind.PropertyRequired },
        { "an ftp link", "name: Rachel Moss\nrole: Running coach\nlinks: { website: 'ftp://x' }", "#/links.website", ValidationErrorKind.PatternMismatch },
        { "unknown key bio", "name: Rachel Moss\nrole: Running coach\nbio: Twenty years a coach.", "#/bio", ValidationErrorKind.NoAdditionalPropertiesAllowed },
    };

    [Fact]
    public async Task Accepts_an_expert_with_every_optional_field()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Expert);

        Assert.Empty(schema.Validate(FrontMatterJson.FromYaml(EveryField)));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Rejects_a_mistake_at_its_field(string mistake, string frontMatter, string path, ValidationErrorKind kind)
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Expert);

        var violations = schema.Validate(FrontMatterJson.FromYaml(frontMatter));

        Assert.True(violations.SequenceEqual([new SchemaViolation(path, kind)]),
            $"{mistake}: expected only {path}: {kind}, got [{string.Join(", ", violations)}]");
    }
}
