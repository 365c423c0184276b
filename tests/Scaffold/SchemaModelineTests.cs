using RunnersQA.Content;
using RunnersQA.Scaffold;

namespace RunnersQA.Tests.Scaffold;

/// <summary>The $schema path is relative to the file and leads to schemas/ beside the input folder.</summary>
public sealed class SchemaModelineTests
{
    private const string Prefix = "# yaml-language-server: $schema=";

    private static readonly string Repo = Path.Combine(Path.GetTempPath(), "runnersqa-modeline", "repo");

    [Theory]
    [InlineData("answers/2026/why-do-my-calves-cramp.md", "answer.schema.json", "../../../schemas/answer.schema.json")]
    [InlineData("experts/rachel-moss.md", "expert.schema.json", "../../schemas/expert.schema.json")]
    public void Points_from_the_file_to_the_schemas_folder_beside_the_input(string file, string schema, string expected)
    {
        var input = InputFolder.At(Path.Combine(Repo, "input"));
        var path = Path.Combine(input.Root, file);

        var line = SchemaModeline.For(input, path, schema);

        Assert.Equal(Prefix + expected, line);
        Assert.Equal(Path.Combine(Repo, "schemas", schema), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, line[Prefix.Length..])));
    }

    [Fact]
    public void An_input_folder_given_with_a_trailing_separator_has_the_same_parent()
    {
        var input = InputFolder.At(Path.Combine(Repo, "input") + Path.DirectorySeparatorChar);
        var path = Path.Combine(input.Root, "answers", "2026", "a-question.md");

        Assert.Equal(Prefix + "../../../schemas/answer.schema.json", SchemaModeline.For(input, path, "answer.schema.json"));
    }
}
