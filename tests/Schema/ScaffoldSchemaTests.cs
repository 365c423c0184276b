using RunnersQA.Scaffold;

namespace RunnersQA.Tests.Schema;

/// <summary>The files `new answer` and `new expert` write follow the schemas their modeline names, so editors show no errors in them.</summary>
public sealed class ScaffoldSchemaTests
{
    [Fact]
    public async Task New_answer_follows_the_answer_schema()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Answer);
        var text = AnswerScaffold.Text("# yaml-language-server: $schema=../../../schemas/answer.schema.json",
            "Why do my calves cramp late in a marathon?", new DateOnly(2026, 11, 20), "rachel-moss", ["marathon", "hydration"]);

        Assert.Empty(schema.Validate(FrontMatterJson.FromMarkdown(text)));
    }

    [Fact]
    public async Task New_expert_follows_the_expert_schema()
    {
        var schema = await ContentSchema.LoadAsync(ContentSchema.Expert);
        var text = ExpertScaffold.Text("# yaml-language-server: $schema=../../schemas/expert.schema.json", "rachel-moss", "Rachel Moss", ExpertScaffold.DefaultRole);

        Assert.Empty(schema.Validate(FrontMatterJson.FromMarkdown(text)));
    }
}
