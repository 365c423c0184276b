namespace RunnersQA.Content.Fields;

/// <summary>A regular expression a text must match, with what it means in words for docs and editors.</summary>
public sealed record TextPattern(string Expression, string Meaning)
{
    public bool Matches(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, Expression);

    public static TextPattern Slug { get; } = new(Content.Slug.Expression, "lower-case letters a-z, digits and single hyphens");

    public static TextPattern WebAddress { get; } = new("^https?://", "an http or https address");

    /// <summary>A DOI as registered (Crossref's pattern for modern DOIs), without a resolver's address in front.</summary>
    public static TextPattern Doi { get; } = new(@"^10\.\d{4,9}/[-._;()/:A-Za-z0-9]+$", "a DOI such as `10.1136/bjsports-2016-096268`, without https://doi.org/");

    /// <summary>A span of time in whole months or years: <see cref="Content.ReviewInterval"/> reads it.</summary>
    public static TextPattern Interval { get; } = new("^[1-9][0-9]{0,2} (month|months|year|years)$", "a number of months or years, such as `12 months` or `2 years`");
}
