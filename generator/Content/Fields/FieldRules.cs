namespace RunnersQA.Content.Fields;

/// <summary>A field's limits said in words, for the schemas' descriptions and the docs tables: one wording for both.</summary>
public static class FieldRules
{
    /// <summary>The description with the rules after it, as one paragraph.</summary>
    public static string Explain(Field field) => string.Join(" ", new[] { field.Description }.Concat(Sentences(field)));

    public static IEnumerable<string> Sentences(Field field)
    {
        var rules = Rules(field).ToList();
        if (rules.Count > 0) yield return Capitalized(string.Join("; ", rules)) + ".";
        if (field.Type == FieldType.Object && field.Fields is { } fields)
        {
            var written = field.Shorthand is { } s ? $"`{{ {string.Join(", ", fields.Names)} }}`, or the {s.Title.ToLowerInvariant()} alone" : $"`{{ {string.Join(", ", fields.Names)} }}`";
            yield return Capitalized(written) + Required(fields) + ".";
            foreach (var sentence in Nested(fields)) yield return sentence;
        }
        if (field.Item is { Type: FieldType.Object, Fields: { } items })
        {
            yield return $"Each is `{{ {string.Join(", ", items.Names)} }}`{Required(items)}.";
            foreach (var sentence in Nested(items)) yield return sentence;
        }
    }

    private static IEnumerable<string> Nested(FieldSet fields) => fields
        .Select(f => (f.Name, Rules: Rules(f).ToList()))
        .Where(f => f.Rules.Count > 0)
        .Select(f => $"`{f.Name}`: {string.Join("; ", f.Rules)}.");

    private static string Required(FieldSet fields) => fields.Required.Select(f => $"`{f.Name}`").ToList() switch
    {
        [] => "",
        [var one] => $", {one} required",
        var many => $", {string.Join(" and ", many)} required",
    };

    /// <summary>Each limit of the field itself as a phrase: "10 to 120 characters", "one of video, article".</summary>
    private static IEnumerable<string> Rules(Field field)
    {
        if (field.Type == FieldType.Date) yield return "`YYYY-MM-DD`";
        if (field.MinLength is { } min && field.MaxLength is { } max) yield return $"{min} to {max} characters";
        else if (field.MaxLength is { } most) yield return $"at most {most} characters";
        if (field.Pattern is { } pattern) yield return pattern.Meaning;
        if (field.Choices.Count > 0) yield return "one of " + string.Join(", ", field.Choices);
        if (field.Minimum is { } least) yield return $"a whole number, {least} or more";
        if (field.Type == FieldType.List)
        {
            var count = (field.MinItems, field.MaxItems < InputLimits.ListItems) switch
            {
                ({ } fewest, true) => $"{fewest} to {field.MaxItems} items",
                (null, true) => $"at most {field.MaxItems} items",
                ({ } fewest, false) => $"at least {fewest} item{(fewest == 1 ? "" : "s")}",
                _ => null,
            };
            if (count is not null || field.UniqueItems)
                yield return string.Join(", ", new[] { count, field.UniqueItems ? "all different" : null }.OfType<string>());
        }
        if (field.Item is { Type: not FieldType.Object } item && Rules(item).ToList() is { Count: > 0 } each)
            yield return "each " + string.Join(", ", each);
        if (field.Default is { Length: > 0 } value && field.Type is not FieldType.Boolean) yield return $"`{value}` when left out";
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
