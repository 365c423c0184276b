using RunnersQA.Content.Fields;

namespace RunnersQA.Scaffold;

/// <summary>
/// A new site's site.yml, made from <see cref="SiteFields.All"/>: the settings <c>new site</c> was given as values,
/// every other field (and each field of an object or map, at any depth) as comments with its description, its
/// default and an example to uncomment. A field added to the declarations shows up here with no change.
/// </summary>
public static class SiteConfigScaffold
{
    public static string Text(string modeline, SiteSettings settings)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SiteFields.Title.Name] = YamlScalar.DoubleQuoted(settings.Title),
            [SiteFields.Description.Name] = YamlScalar.DoubleQuoted(settings.Description),
            [SiteFields.BaseUrl.Name] = YamlScalar.DoubleQuoted(settings.BaseUrl.AbsoluteUri),
            [SiteFields.Language.Name] = YamlScalar.DoubleQuoted(settings.Language),
        };
        var lines = new List<string>
        {
            modeline,
            "# The site's settings. Lines starting with # are comments: remove the # (and the space after it) to use a setting.",
        };
        foreach (var field in SiteFields.All)
        {
            lines.Add("");
            lines.Add($"# {field.Description}{Qualities(field)}");
            foreach (var nested in Nested(field)) lines.AddRange(Described(nested, 1));
            if (given.TryGetValue(field.Name, out var value))
                lines.Add($"{field.Name}: {value}");
            else
                lines.AddRange(field.Example.Split('\n').Select(line => "# " + line));
        }
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The fields inside an object, or inside each entry of a map or list.</summary>
    private static FieldSet Nested(Field field) => field.Fields ?? field.Item?.Fields ?? new FieldSet();

    /// <summary>A nested field as comment lines, indented by its depth: its name, description, default and example.</summary>
    private static IEnumerable<string> Described(Field field, int depth)
    {
        var indent = new string(' ', depth * 2);
        var example = field.ExampleValue.Contains('\n') ? "" : $" Example: `{field.Example}`.";
        yield return $"#{indent}- {field.Name}: {field.Description}{Qualities(field)}{example}";
        foreach (var nested in Nested(field))
            foreach (var line in Described(nested, depth + 1)) yield return line;
    }

    private static string Qualities(Field field)
    {
        var parts = new List<string>();
        if (field.Required) parts.Add("Required.");
        if (field.Choices.Count > 0) parts.Add($"One of {string.Join(", ", field.Choices)}.");
        if (!string.IsNullOrEmpty(field.Default)) parts.Add($"Default `{field.Default}`.");
        return parts.Count == 0 ? "" : " " + string.Join(' ', parts);
    }
}
