using System.Collections.Frozen;

namespace RunnersQA.Strings;

/// <summary>
/// One entry of a strings file: a text, or its plural forms by CLDR category ("one", "other", ...). A plain text is
/// the form "other" alone, so every entry can be counted.
/// </summary>
public sealed class ThemeString(FrozenDictionary<string, string> forms) : IEquatable<ThemeString>
{
    public FrozenDictionary<string, string> Forms { get; } = forms;

    public bool IsPlural => Forms.Count > 1 || !Forms.ContainsKey("other");

    /// <summary>The form for a category, "other" when the entry has none for it.</summary>
    public string Form(string category) => Forms.TryGetValue(category, out var text) ? text : Forms["other"];

    public static ThemeString Plain(string text) => new(new Dictionary<string, string> { ["other"] = text }.ToFrozenDictionary(StringComparer.Ordinal));

    public bool Equals(ThemeString? other) =>
        other is not null && Forms.Count == other.Forms.Count && Forms.All(f => other.Forms.TryGetValue(f.Key, out var t) && t == f.Value);

    public override bool Equals(object? obj) => Equals(obj as ThemeString);

    public override int GetHashCode() => Forms["other"].GetHashCode(StringComparison.Ordinal);
}
