using System.Globalization;
using RunnersQA.Content.Files;

namespace RunnersQA.Tests.Security;

/// <summary>docs/security.md lists every limit as InputLimits declares it, and every test it names exists; the schemas cap lists alike.</summary>
public sealed class SecurityDocsTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "security.md"));

    [Fact]
    public void The_limits_table_is_the_declared_limits()
    {
        var table = Text[Text.IndexOf("| limit | value |", StringComparison.Ordinal)..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => c[0] + " = " + c[1]);
        var declared = InputLimits.All.Select(l => $"{l.Name} = {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit}");

        Assert.Equal(declared, table);
    }

    [Fact]
    public void Every_test_file_and_fixture_it_names_exists()
    {
        var named = System.Text.RegularExpressions.Regex.Matches(Text, @"`(tests/[^`]+|check/[^`]+)`").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(named);
        foreach (var path in named)
        {
            var full = path.StartsWith("check/", StringComparison.Ordinal) ? Path.Combine(Repository.Fixtures, path) : Path.Combine(Repository.Root, path);
            Assert.True(File.Exists(full) || Directory.Exists(full), $"docs/security.md names {path}, which does not exist");
        }
    }

    [Theory]
    [InlineData("answer.schema.json", "exercises")]
    [InlineData("answer.schema.json", "aliases")]
    [InlineData("expert.schema.json", "credentials")]
    public void The_schemas_cap_lists_where_the_build_does(string schema, string field)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "schemas", schema)));
        var property = document.RootElement.GetProperty("properties").GetProperty(field);
        Assert.Equal(InputLimits.ListItems, property.GetProperty("maxItems").GetInt32());
    }
}
