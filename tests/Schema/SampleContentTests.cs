namespace RunnersQA.Tests.Schema;

/// <summary>Every answer, expert, site.yml and tags.yml in the sample input/ validates against its schema, as editors will check it.</summary>
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

    [Theory]
    [InlineData("site.yml", ContentSchema.Site)]
    [InlineData("tags.yml", ContentSchema.Tags)]
    public async Task The_settings_validate(string file, string schemaFile)
    {
        var schema = await ContentSchema.LoadAsync(schemaFile);

        Assert.Empty(schema.Validate(FrontMatterJson.FromYaml(File.ReadAllText(Path.Combine(Repository.SampleInput, file)))));
    }

    /// <summary>The settings schemas reject what `check` reports: a value below its minimum, an unknown key, a bad tag id.</summary>
    [Theory]
    [InlineData("site.yml", ContentSchema.Site, "per_page: 5", "per_page: 0")]
    [InlineData("site.yml", ContentSchema.Site, "per_page: 5", "per_pag: 5")]
    [InlineData("site.yml", ContentSchema.Site, "email: questions@example.org", "emial: questions@example.org")]
    [InlineData("tags.yml", ContentSchema.Tags, "knee-pain:", "Knee_Pain:")]
    [InlineData("tags.yml", ContentSchema.Tags, "  description: Pain around", "  descripton: Pain around")]
    public async Task A_broken_setting_is_rejected(string file, string schemaFile, string good, string bad)
    {
        var schema = await ContentSchema.LoadAsync(schemaFile);
        var text = File.ReadAllText(Path.Combine(Repository.SampleInput, file));
        Assert.Contains(good, text, StringComparison.Ordinal);

        Assert.NotEmpty(schema.Validate(FrontMatterJson.FromYaml(text.Replace(good, bad, StringComparison.Ordinal))));
    }

    private static IReadOnlyList<string> MarkdownFiles(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository.SampleInput, folder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Violations(ContentSchema schema, IEnumerable<string> files) =>
        files.SelectMany(file => schema.Validate(FrontMatterJson.ReadFile(file))
            .Select(violation => $"{Path.GetRelativePath(Repository.Root, file)} {violation}"));
}
