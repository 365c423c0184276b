using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Schema;

/// <summary>
/// The YAML front matter of a Markdown file as JSON, typed the way an editor's YAML language server types it
/// (the YAML 1.2 core schema), so the JSON Schemas can be checked here against what editors will see.
/// </summary>
/// <remarks>
/// Walks YamlDotNet's node tree rather than round-tripping through its serializer: only the node knows whether
/// a scalar was quoted, and a quoted "5" or "true" must stay a string while a plain 5 or true must not.
/// Dates are not a core-schema type, so <c>date: 2026-11-02</c> stays the string "2026-11-02".
/// </remarks>
internal static partial class FrontMatterJson
{
    private const string Fence = "---";

    public static JToken ReadFile(string markdownPath) => FromMarkdown(File.ReadAllText(markdownPath));

    public static JToken FromMarkdown(string markdown) => FromYaml(FrontMatterOf(markdown));

    public static JToken FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToJson(stream.Documents[0].RootNode);
    }

    /// <summary>The text between the file's opening <c>---</c> line and the next one.</summary>
    private static string FrontMatterOf(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (lines[0].TrimEnd() != Fence || close < 0)
            throw new FormatException("the Markdown does not start with front matter between two '---' lines");
        return string.Join('\n', lines[1..close]);
    }

    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(entry => new JProperty(((YamlScalarNode)entry.Key).Value!, ToJson(entry.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToJson)),
        YamlScalarNode scalar => ToJson(scalar),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} has no JSON form"),
    };

    private static JValue ToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return new JValue(text);
        if (NullPattern().IsMatch(text)) return JValue.CreateNull();
        if (BooleanPattern().IsMatch(text)) return new JValue(char.ToLowerInvariant(text[0]) == 't');
        if (IntegerPattern().IsMatch(text)) return new JValue(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(text)) return new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        return new JValue(text);
    }

    [GeneratedRegex("^(|~|null|Null|NULL)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BooleanPattern();

    // At most 18 digits, so that every match fits a long.
    [GeneratedRegex("^[-+]?[0-9]{1,18}$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
