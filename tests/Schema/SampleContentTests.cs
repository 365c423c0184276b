namespace RunnersQA.Tests.Schema;

/// <summary>Every answer and expert in the sample input/ validates against its schema, as editors will check it.</summary>
public sealed class SampleContentTests
{
    [Fact]
    public async Task Every_answer_validates()
    {
        var files = MarkdownFiles("answers");
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        // Enough files that a wrong folder or pattern cannot make the test pass on nothing.
        Assert.True(files.Count >= 10, $"expected at least 10 answers, found {files.Count}");
        Assert.Empty(Violations(schema, files));
    }

    [Fact]
    public async Task Every_expert_validates()
    {
        var files = MarkdownFiles("experts");
        var schema = await ContentSchema.LoadAsync(ContentSchema.Expert);

        Assert.NotEmpty(files);
        Assert.Empty(Violations(schema, files));
    }

    private static IReadOnlyList<string> MarkdownFiles(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository.SampleInput, folder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Violations(ContentSchema schema, IEnumerable<string> files) =>
        files.SelectMany(file => schema.Validate(FrontMatterJson.ReadFile(file))
            .Select(violation => $"{Path.GetRelativePath(Repository.Root, file)} {violation}"));
}
