using System.Text.RegularExpressions;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Schema;

/// <summary>The complete answer in CONTRIBUTING.md follows the schema and passes `check`, so authors can copy it.</summary>
public sealed partial class ContributingGuideTests
{
    private static readonly string Example = ExampleAnswer();

    [Fact]
    public async Task Example_answer_follows_the_schema()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);

        Assert.Empty(schema.Validate(FrontMatterJson.FromMarkdown(Example)));
    }

    [Fact]
    public void Example_answer_passes_check_in_the_sample_site()
    {
        using var site = TempSite.FromSample();
        site.WriteInput("answers/2026/why-do-my-calves-cramp-late-in-a-marathon.md", Example);

        var result = SiteBuild.Check(site.Options() with { ReviewClock = TempSite.SampleReviewClock });

        Assert.Empty(result.Diagnostics.Select(Diagnostics.DiagnosticFormatter.Format));
    }

    /// <summary>The one fenced Markdown block in the guide that is a whole answer file (it opens with front matter).</summary>
    private static string ExampleAnswer()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "CONTRIBUTING.md")).ReplaceLineEndings("\n");
        var blocks = MarkdownBlock().Matches(guide).Select(m => m.Groups["body"].Value);
        return Assert.Single(blocks, body => body.StartsWith("---\n", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^```markdown\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkdownBlock();
}
