using System.Text.RegularExpressions;

namespace RunnersQA.Content;

/// <summary>Slugs and ids: lower-case a-z, 0-9 and single hyphens, safe in any URL.</summary>
public static partial class Slug
{
    /// <summary>The pattern, for schemas and docs (<see cref="Fields.TextPattern.Slug"/>).</summary>
    public const string Expression = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(Expression)]
    private static partial Regex Pattern();

    /// <summary>Longest slug or id: it becomes a folder name, and file systems take at most 255 bytes.</summary>
    public const int MaxLength = 200;

    public static bool IsValid(string value) => value.Length <= MaxLength && Pattern().IsMatch(value);

    /// <summary>A suggested slug for a name: "Knee Pain!" becomes "knee-pain".</summary>
    public static string From(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormD);
        var chars = new System.Text.StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c)) chars.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) chars.Append('-');
        }
        return string.Join('-', chars.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
