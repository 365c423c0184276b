using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>Reads <c>tags.yml</c>: tag id to display name and description.</summary>
public static class TagLoader
{
    /// <returns>The tags, or null when the site has no tags.yml (then any tag id is accepted).</returns>
    /// <param name="unknown">Receives the keys of a tag that <see cref="TagFields.Entry"/> does not declare.</param>
    public static IReadOnlyDictionary<string, TagDefinition>? Load(InputFolder input, FileListing files, DiagnosticBag bag, ICollection<UnknownKey>? unknown = null)
    {
        if (!files.Contains(input.TagsPath)) return null;
        var path = input.Display(input.TagsPath);
        var tags = new Dictionary<string, TagDefinition>(StringComparer.Ordinal);
        if (files.ReadText(input.TagsPath, bag) is not { } text) return null; // already reported
        var map = YamlMap.Parse(text, path, 1, bag);
        if (map is null) return null; // already reported; checking answers' tags against nothing would only add noise

        foreach (var (key, _) in map.Entries)
        {
            if (!Slug.IsValid(key.Value))
            {
                bag.Error(key.Location, DiagnosticCode.InvalidSlug, $"tag id '{key.Value}' may hold only a-z, 0-9 and single hyphens",
                    $"rename it to '{Slug.From(key.Value)}'");
                continue;
            }
            var entry = map.Object(key.Value, TagFields.Entry, unknown ?? []);
            var name = entry?.Text(TagFields.Name)?.Value;
            var description = entry?.Text(TagFields.Description)?.Value;
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
