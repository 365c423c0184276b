namespace RunnersQA.Templates;

/// <summary>HTML that is already safe to emit (rendered and sanitized Markdown, generated JSON-LD).
/// Templates print it as it is; every plain string is escaped.</summary>
public sealed record HtmlString(string Value)
{
    public static readonly HtmlString Empty = new("");

    public override string ToString() => Value;
}
