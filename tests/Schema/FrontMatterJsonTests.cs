using Newtonsoft.Json.Linq;

namespace RunnersQA.Tests.Schema;

/// <summary>Front matter becomes the JSON an editor's YAML language server validates: plain scalars typed, quoted ones text.</summary>
public sealed class FrontMatterJsonTests
{
    [Theory]
    [InlineData("date: 2026-11-02", JTokenType.String, "2026-11-02")]
    [InlineData("minutes: 5", JTokenType.Integer, "5")]
    [InlineData("minutes: '5'", JTokenType.String, "5")]
    [InlineData("draft: true", JTokenType.Boolean, "True")]
    [InlineData("draft: \"true\"", JTokenType.String, "true")]
    [InlineData("draft: yes", JTokenType.String, "yes")]
    [InlineData("pace: 4.5", JTokenType.Float, "4.5")]
    [InlineData("updated: ~", JTokenType.Null, "")]
    [InlineData("title: Why do my knees ache?", JTokenType.String, "Why do my knees ache?")]
    public void Types_a_scalar_as_the_YAML_core_schema_does(string yaml, JTokenType type, string text)
    {
        var value = ((JObject)FrontMatterJson.FromYaml(yaml)).Properties().Single().Value;

        Assert.Equal((type, text), (value.Type, value.ToString()));
    }

    [Fact]
    public void Reads_only_the_front_matter_of_a_Markdown_file()
    {
        var json = FrontMatterJson.FromMarkdown("---\ntitle: Sore knees, a few miles in\ntags: [knee-pain]\n---\nThe answer.\n\n---\n\nMore.\n");

        Assert.Equal("""{"title":"Sore knees, a few miles in","tags":["knee-pain"]}""", json.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Keeps_the_sample_answers_date_as_text()
    {
        var json = FrontMatterJson.ReadFile(Path.Combine(Repository.SampleInput, "answers", "2026", "knees-sore-a-few-miles-in.md"));

        Assert.Equal(JTokenType.String, json["date"]!.Type);
        Assert.Equal("2026-11-02", (string?)json["date"]);
        Assert.Equal(10L, (long?)json["exercises"]![0]!["minutes"]);
    }
}
