using System.Text.Json;

namespace RunnersQA.Tests.Schema;

/// <summary>docs/content-format.md's field tables (answer, expert, site.yml, tags.yml) list exactly the schemas' fields, with the same required ones.</summary>
public sealed class ContentFormatDocTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "content-format.md"));

    [Theory]
    [InlineData(ContentSchema.Answer, "## Answer")]
    [InlineData(ContentSchema.Expert, "## Expert")]
    [InlineData(ContentSchema.Site, "## Site")]
    public void The_field_table_is_the_schema(string schemaFile, string section)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(ContentSchema.PathOf(schemaFile)));
        AssertTable(schema.RootElement, section);
    }

    /// <summary>tags.yml maps ids to entries: its table lists the fields of an entry written in full.</summary>
    [Fact]
    public void The_tags_table_is_the_schema_of_an_entry()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(ContentSchema.PathOf(ContentSchema.Tags)));
        var entry = schema.RootElement.GetProperty("patternProperties").EnumerateObject().Single().Value.GetProperty("oneOf").EnumerateArray()
            .Single(alternative => alternative.GetProperty("type").GetString() == "object");
        AssertTable(entry, "## Tags");
    }

    private static void AssertTable(JsonElement schema, string section)
    {
        var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        var required = schema.TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];

        var start = Text.IndexOf(section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{section}'");
        var rows = Text[Text.IndexOf("| field | required |", start, StringComparison.Ordinal)..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (Field: c[0].Trim('`'), Required: c[1] == "yes"))
            .ToList();

        Assert.Equal(properties, rows.Select(r => r.Field));
        Assert.Equal(properties.Select(required.Contains), rows.Select(r => r.Required));
    }
}
