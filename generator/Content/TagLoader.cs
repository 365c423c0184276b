using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>Reads <c>tags.yml</c>: tag id to display name and description.</summary>
public static class TagLoader
{
    /// <returns>The tags, or null when the site has no tags.yml (then any tag id is accepted).</returns>
    public static IReadOnlyDictionary<string, TagDefinition>? Load(InputFolder input, FileListing files, DiagnosticBag bag)
    {
        if (!files.Contains(input.TagsPath)) return null;
        var path = input.Display(input.TagsPath);
        var tags = new Dictionary<string, TagDefinition>(StringComparer.Ordinal);
        if (files.ReadText(input.TagsPath, bag) is not { } text) return null; // already reported
        var map = YamlMap.Parse(text, path, 1, bag);
        if (map is null) return null; // already reported; checking answers' tags against nothing would only add noise

        foreach (var (key, value) in map.Entries)
        {
            if (!Slug.IsValid(key.Value))
            {
                bag.Error(key.Location, DiagnosticCode.InvalidSlug, $"tag id '{key.Value}' may hold only a-z, 0-9 and single hyphens",
                    $"rename it to '{Slug.From(key.Value)}'");
                continue;
            }
            string? name = null, description = null;
            if (value is YamlDotNet.RepresentationModel.YamlMappingNode)
            {
                var entry = map.Map(key.Value, "knee-pain: { name: Knee pain, description: ... }");
                name = entry?.String("name", false, "name: Knee pain")?.Value;
                description = entry?.String("description", false, "description: Pain around the kneecap.")?.Value;
            }
            else if (value is YamlDotNet.RepresentationModel.YamlScalarNode scalar)
            {
                name = scalar.Value; // "knee-pain: Knee pain" is a fine shorthand
            }
            tags[key.Value] = new TagDefinition(key.Value, string.IsNullOrWhiteSpace(name) ? DisplayName(key.Value) : name.Trim(), description ?? "", key.Location);
        }
        return tags;
    }

    /// <summary>"knee-pain" shown as "Knee pain" when tags.yml gives no name.</summary>
    public static string DisplayName(string id)
    {
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
