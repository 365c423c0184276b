using RunnersQA.Content.Fields;

namespace RunnersQA.Tests.Schema;

/// <summary>The schemas and the docs' field tables are what the declarations in generator/Content/Fields make, to the byte.</summary>
public sealed class GeneratedFilesTests
{
    public static TheoryData<string> Paths => [.. ContentContract.Files(Committed).Select(f => f.Path)];

    [Theory]
    [MemberData(nameof(Paths))]
    public void The_committed_file_is_what_the_declarations_make(string path)
    {
        var expected = ContentContract.Files(Committed).Single(f => f.Path == path).Text;

        Assert.True(File.Exists(Path.Combine(Repository.Root, path)), $"{path} is missing: run `{ContentContract.Command}`");
        Assert.True(expected == File.ReadAllText(Path.Combine(Repository.Root, path)),
            $"{path} differs from the field declarations: run `{ContentContract.Command}` and commit the result");
    }

    [Fact]
    public void Every_content_file_has_a_schema_and_a_table()
    {
        var paths = ContentContract.Files(Committed).Select(f => f.Path).ToList();
        var docs = string.Concat(ContentContract.Docs.Select(Committed));

        Assert.All(ContentDocuments.All, d => Assert.Contains($"schemas/{d.Name}.schema.json", paths));
        Assert.All(ContentDocuments.All, d => Assert.Contains($"<!-- fields: {d.Name} ", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void A_marked_table_is_made_anew_whatever_it_held()
    {
        var stale = "before\n<!-- fields: expert (generated) -->\n| field | required |\n| `nickname` | no |\n<!-- /fields -->\nafter\n";

        var made = ContentContract.WithTables(stale);

        Assert.StartsWith("before\n<!-- fields: expert (generated) -->\n", made, StringComparison.Ordinal);
        Assert.EndsWith("<!-- /fields -->\nafter\n", made, StringComparison.Ordinal);
        Assert.DoesNotContain("nickname", made, StringComparison.Ordinal);
        Assert.All(ExpertFields.All, f => Assert.Contains($"| `{f.Name}` | {(f.Required ? "yes" : "no")} |", made, StringComparison.Ordinal));
    }

    private static string Committed(string path) => File.ReadAllText(Path.Combine(Repository.Root, path)).ReplaceLineEndings("\n");
}
