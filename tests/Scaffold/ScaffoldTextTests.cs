using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Scaffold;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Scaffold;

/// <summary>The text of new answers and experts, read back with a YAML parser of the test's own.</summary>
public sealed partial class ScaffoldTextTests
{
    private const string Modeline = "# yaml-language-server: $schema=../../../schemas/answer.schema.json";

    [GeneratedRegex(@"^#\s", RegexOptions.Multiline)]
    private static partial Regex LevelOneHeading();

    private static string Answer() =>
        AnswerScaffold.Text(Modeline, "Why do my calves cramp late in races?", new DateOnly(2026, 11, 2), "rachel-moss", ["knee-pain", "strength"]);

    private static (string[] FrontMatter, string Body) Split(string text)
    {
        var lines = text.Split('\n');
        Assert.Equal("---", lines[0]);
        var end = Array.IndexOf(lines, "---", 1);
        Assert.True(end > 0, "no closing ---");
        return (lines[1..end], string.Join('\n', lines[(end + 1)..]));
    }

    private static YamlMappingNode Parse(IEnumerable<string> lines)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Text(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value!;

    [Fact]
    public void Answer_opens_with_the_modeline_then_the_fields_check_requires()
    {
        var (frontMatter, _) = Split(Answer());
        Assert.Equal(Modeline, frontMatter[0]);

        var map = Parse(frontMatter);
        Assert.Equal("Why do my calves cramp late in races?", Text(map, "title"));
        Assert.Equal("2026-11-02", Text(map, "date"));
        Assert.Equal("true", Text(map, "draft"));
        Assert.Equal(Placeholder.Question.Text + "\n", Text(map, "question"));
        Assert.Equal("Anonymous", Text((YamlMappingNode)map.Children[new YamlScalarNode("asker")], "name"));
        Assert.Equal("rachel-moss", Text(map, "expert"));
        Assert.Equal(["knee-pain", "strength"],
            ((YamlSequenceNode)map.Children[new YamlScalarNode("tags")]).Children.Select(t => ((YamlScalarNode)t).Value));
    }

    [Fact]
    public void Answer_body_has_level_two_headings_and_never_a_level_one()
    {
        var (_, body) = Split(Answer());
        Assert.DoesNotMatch(LevelOneHeading(), body);
        Assert.Equal(2, body.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.False(string.IsNullOrWhiteSpace(body.Split("\n## ")[0]), "no opening paragraph before the first heading");
    }

    [Fact]
    public void Answer_optional_fields_are_valid_once_uncommented()
    {
        var (frontMatter, _) = Split(Answer());
        var uncommented = frontMatter.Skip(1).Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l);

        var map = Parse(uncommented);

        Assert.False(string.IsNullOrWhiteSpace(Text(map, "summary")));
        var exercise = (YamlMappingNode)Assert.Single(((YamlSequenceNode)map.Children[new YamlScalarNode("exercises")]).Children);
        Assert.Contains(Text(exercise, "kind"), ExerciseEntry.Kinds);
        Assert.StartsWith("https://", Text(exercise, "url"), StringComparison.Ordinal);
        Assert.True(int.Parse(Text(exercise, "minutes"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(string.Join(" | ", ExerciseEntry.Kinds), string.Join('\n', frontMatter));
    }

    [Fact]
    public void Expert_has_name_role_credentials_links_and_a_bio()
    {
        var text = ExpertScaffold.Text("# yaml-language-server: $schema=../../schemas/expert.schema.json", "sam-oduya", "Sam O'Duya: PhD", "Physio # sports");
        var (frontMatter, body) = Split(text);

        var map = Parse(frontMatter);
        Assert.Equal("Sam O'Duya: PhD", Text(map, "name"));
        Assert.Equal("Physio # sports", Text(map, "role"));
        Assert.NotEmpty(((YamlSequenceNode)map.Children[new YamlScalarNode("credentials")]).Children);
        Assert.StartsWith("https://", Text((YamlMappingNode)map.Children[new YamlScalarNode("links")], "website"), StringComparison.Ordinal);
        Assert.Contains(frontMatter, l => l.StartsWith("# photo: sam-oduya.", StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(body));
    }

    [Theory]
    [InlineData("rachel-moss", "Rachel Moss")]
    [InlineData("tom", "Tom")]
    [InlineData("dr-li-2", "Dr Li 2")]
    public void Expert_default_name_is_the_id_as_words(string id, string name)
    {
        Assert.Equal(name, ExpertScaffold.DefaultName(id));
    }

    [Fact]
    public void Written_text_has_unix_line_endings_and_ends_with_a_newline()
    {
        foreach (var text in new[] { Answer(), ExpertScaffold.Text("# m", "sam", "Sam", "Coach") })
        {
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
        }
    }
}
