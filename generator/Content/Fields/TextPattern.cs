namespace RunnersQA.Content.Fields;

/// <summary>A regular expression a text must match, with what it means in words for docs and editors.</summary>
public sealed record TextPattern(string Expression, string Meaning)
{
    public bool Matches(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, Expression);

    public static TextPattern Slug { get; } = new(Content.Slug.Expression, "lower-case letters a-z, digits and single hyphens");

    public static TextPattern WebAddress { get; } = new("^https?://", "an http or https address");
}
