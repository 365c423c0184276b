using System.Text.Json;

namespace RunnersQA.Tests.Support;

/// <summary>
/// Walks a JSON-LD document against <see cref="SchemaOrgVocabulary"/>: every object's <c>@type</c> exists, every
/// property is one its type (or an ancestor) takes, and every value is one the property expects: a nested object
/// of an expected type or a subtype, or text, a number or a truth value where the expected types take one.
/// Each problem names where it is, as a path from the root ("$.mainEntity.author.jobTitel").
/// </summary>
public static class JsonLdVocabularyCheck
{
    public const string Context = "https://schema.org";

    public static IReadOnlyList<string> Problems(string json, SchemaOrgVocabulary vocabulary)
    {
        using var document = JsonDocument.Parse(json);
        return Problems(document.RootElement, vocabulary);
    }

    public static IReadOnlyList<string> Problems(JsonElement root, SchemaOrgVocabulary vocabulary)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$: a {root.ValueKind}, not an object");
            return problems;
        }
        if (!root.TryGetProperty("@context", out var context) || context.ValueKind != JsonValueKind.String || context.GetString() != Context)
        {
            problems.Add($"$: @context is not \"{Context}\"");
        }
        Properties(root, "$", TypesOf(root, "$", vocabulary, problems), vocabulary, problems);
        return problems;
    }

    /// <summary>Each of an object's properties, against its known types.</summary>
    private static void Properties(JsonElement node, string path, List<string> types, SchemaOrgVocabulary vocabulary, List<string> problems)
    {
        if (types.Count == 0) return;
        foreach (var property in node.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (property.Name.StartsWith('@'))
            {
                var allowed = property.Name switch
                {
                    "@type" => true,
                    "@id" => property.Value.ValueKind == JsonValueKind.String,
                    "@context" => path == "$",
                    _ => false,
                };
                if (!allowed) problems.Add($"{at}: not a JSON-LD keyword this data may use here");
                continue;
            }
            var ranges = types.Select(t => vocabulary.PropertiesOf(t).GetValueOrDefault(property.Name)).OfType<IReadOnlyList<string>>().ToList();
            if (ranges.Count == 0)
            {
                problems.Add($"{at}: {string.Join(", ", types)} takes no property '{property.Name}'");
                continue;
            }
            var expected = ranges.SelectMany(r => r).Distinct(StringComparer.Ordinal).ToList();
            Value(property.Value, at, property.Name, expected, vocabulary, problems, inArray: false);
        }
    }

    private static void Value(JsonElement value, string path, string property, IReadOnlyList<string> expected, SchemaOrgVocabulary vocabulary, List<string> problems, bool inArray)
    {
        var expects = string.Join(" or ", expected);
        switch (value.ValueKind)
        {
            case JsonValueKind.Array when !inArray:
                var index = 0;
                foreach (var item in value.EnumerateArray()) Value(item, $"{path}[{index++}]", property, expected, vocabulary, problems, inArray: true);
                break;
            case JsonValueKind.Object:
                if (!value.TryGetProperty("@type", out _))
                {
                    // A reference to a node described elsewhere: every property takes one.
                    if (value.EnumerateObject().All(p => p.Name == "@id") && value.TryGetProperty("@id", out _)) break;
                }
                var types = TypesOf(value, path, vocabulary, problems);
                if (types.Count > 0 && !types.Any(t => expected.Any(e => vocabulary.IsA(t, e))))
                {
                    problems.Add($"{path}: '{property}' expects {expects}, not {string.Join(", ", types)}");
                }
                Properties(value, path, types, vocabulary, problems);
                break;
            case JsonValueKind.String:
                if (!vocabulary.TakesText(expected, value.GetString()!)) problems.Add($"{path}: '{property}' expects {expects}, not the text \"{value.GetString()}\"");
                break;
            case JsonValueKind.Number:
                if (!vocabulary.TakesNumber(expected)) problems.Add($"{path}: '{property}' expects {expects}, not a number");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                if (!vocabulary.TakesBoolean(expected)) problems.Add($"{path}: '{property}' expects {expects}, not true or false");
                break;
            default:
                problems.Add($"{path}: '{property}' has a {value.ValueKind}{(inArray ? " in a list" : "")}, which no property takes");
                break;
        }
    }

    /// <summary>The object's types that the vocabulary knows; each it does not know, or a missing <c>@type</c>, is a problem.</summary>
    private static List<string> TypesOf(JsonElement node, string path, SchemaOrgVocabulary vocabulary, List<string> problems)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            problems.Add($"{path}: no @type");
            return [];
        }
        var names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array when type.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String) => type.EnumerateArray().Select(t => t.GetString()!).ToList(),
            _ => new List<string>(),
        };
        if (names.Count == 0) problems.Add($"{path}.@type: neither a type's name nor a list of them");
        var known = new List<string>();
        foreach (var name in names)
        {
            if (vocabulary.HasType(name)) known.Add(name);
            else problems.Add($"{path}.@type: '{name}' is not a schema.org type");
        }
        return known;
    }
}
