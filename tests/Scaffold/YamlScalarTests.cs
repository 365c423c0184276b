using RunnersQA.Scaffold;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Scaffold;

/// <summary>Any text written as a double-quoted scalar reads back exactly with a YAML parser.</summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("Plain words")]
    [InlineData("Calves: why # do \"they\" cramp?")]
    [InlineData("- starts like a list item")]
    [InlineData("'single' and \\back\\slashes\\")]
    [InlineData("{ looks: like a map } and [a, list]")]
    [InlineData("true")]
    [InlineData("2026-11-02")]
    [InlineData("Café, naïve, Ærø and 🏃 emoji")]
    [InlineData("tab\there, line\nbreak, bell\u0007, next line\u0085, separator\u2028, bom\uFEFF")]
    [InlineData("  spaces at both ends  ")]
    [InlineData("")]
    public void Reads_back_exactly(string value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("key: " + YamlScalar.DoubleQuoted(value) + "\n"));

        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        var scalar = Assert.IsType<YamlScalarNode>(map.Children[new YamlScalarNode("key")]);
        Assert.Equal(value, scalar.Value);
    }

    [Fact]
    public void Is_one_line()
    {
        Assert.DoesNotContain('\n', YamlScalar.DoubleQuoted("one\ntwo\r\nthree"));
    }
}
