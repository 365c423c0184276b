using System.Text.Json;
using NJsonSchema;

namespace RunnersQA.Tests.Schema;

/// <summary>The files in schemas/ are JSON Schemas NJsonSchema loads, and explain every field to editors.</summary>
public sealed class SchemaFilesTests
{
    public static TheoryData<string> Schemas => [ContentSchema.Answer, ContentSchema.Expert, ContentSchema.Site, ContentSchema.Tags];

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Is_a_draft_07_schema_NJsonSchema_loads(string fileName)
    {
        var json = await File.ReadAllTextAsync(ContentSchema.PathOf(fileName));
        using var document = JsonDocument.Parse(json);

        var schema = await JsonSchema.FromJsonAsync(json);

        Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(JsonObjectType.Object, schema.Type);
        Assert.False(schema.AllowAdditionalProperties);
    }

    /// <summary>The modeline that `new` writes names the schema relative to the file, as the YAML language server resolves it.</summary>
    [Theory]
    [InlineData("answers/2026/x.md", "../../../schemas/answer.schema.json")]
    [InlineData("experts/x.md", "../../schemas/expert.schema.json")]
    public void Modeline_path_reaches_the_schema_from_a_content_file(string contentFile, string modelinePath)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Repository.SampleInput, contentFile))!;

        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(folder, modelinePath))), $"{modelinePath} from {contentFile} is not a schema");
    }

    /// <summary>The YAML language server shows the title and description on hover and offers the examples as completions.</summary>
    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_field_has_a_title_description_and_examples(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ContentSchema.PathOf(fileName)));

        var fields = FieldSchemas(document.RootElement, "#").ToList();
        var unexplained = fields
            .Where(field => !new[] { "title", "description", "examples" }.All(key => field.Schema.TryGetProperty(key, out _)))
            .Select(field => field.Path);

        Assert.NotEmpty(fields);
        Assert.Empty(unexplained);
    }

    /// <summary>The schema of every field, list item, map value and alternative under <paramref name="schema"/>, with its path.</summary>
    private static IEnumerable<(string Path, JsonElement Schema)> FieldSchemas(JsonElement schema, string path)
    {
        var children = new List<(string, JsonElement)>();
        if (schema.TryGetProperty("properties", out var properties))
            children.AddRange(properties.EnumerateObject().Select(p => ($"{path}/{p.Name}", p.Value)));
        if (schema.TryGetProperty("items", out var items)) children.Add(($"{path}[]", items));
        if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
            children.Add(($"{path}/*", values));
        if (schema.TryGetProperty("patternProperties", out var patterned))
            children.AddRange(patterned.EnumerateObject().Select(p => ($"{path}/{p.Name}", p.Value)));
        if (schema.TryGetProperty("oneOf", out var alternatives))
            children.AddRange(alternatives.EnumerateArray().Select((a, i) => ($"{path}|{i}", a)));
        return children.SelectMany(child => FieldSchemas(child.Item2, child.Item1).Prepend(child));
    }
}
