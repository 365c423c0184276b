using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>Reads <c>tags.yml</c>: tag id to display name and description.</summary>
public static class TagLoader
{
    /// <returns>The tags, or null when the site has no tags.yml (then any tag id is accepted).</returns>
    /// <param name="unknown">Receives the keys of a tag that <see cref="TagFields.Entry"/> does not declare.</param>
    public static IReadOnlyDictionary<string, TermDefinition>? Load(InputFolder input, FileListing files, DiagnosticBag bag, ICollection<UnknownKey>? unknown = null)
    {
        if (!files.Contains(input.TagsPath)) return null;
        var path = input.Display(input.TagsPath);
        var tags = new Dictionary<string, TermDefinition>(StringComparer.Ordinal);
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
            tags[key.Value] = TermDefinition.From(key, entry, TagFields.Name, TagFields.Description) with
            {
                Medical = entry?.Boolean(TagFields.Medical)?.Value ?? false,
                ReviewEvery = ReviewInterval.Read(entry?.Text(TagFields.ReviewEvery), TagFields.ReviewEvery, bag),
                SeeAClinician = Note(entry?.Text(TagFields.SeeAClinician), bag),
            };
        }
        return tags;
    }

    /// <summary>A <c>see_a_clinician:</c> note; one longer than declared is reported, and kept, since the error stops the build anyway.</summary>
    private static string? Note(Positioned<string>? text, DiagnosticBag bag)
    {
        if (text is not { } t || string.IsNullOrWhiteSpace(t.Value)) return null;
        var note = t with { Value = t.Value.Trim() };
        TextLength.Within(note, TagFields.SeeAClinician, bag, hint: "keep it to when to see a clinician, in a sentence or two: the answer itself says the rest");
        return note.Value;
    }

    /// <summary>"knee-pain" shown as "Knee pain" when tags.yml gives no name (and likewise any id or key in words).</summary>
    public static string DisplayName(string id)
    {
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
