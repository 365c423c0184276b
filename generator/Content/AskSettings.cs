namespace RunnersQA.Content;

/// <summary>How readers send questions: a Netlify form, another form action, or email.</summary>
public sealed record AskSettings(bool NetlifyForm, string? Email, string? Action)
{
    /// <summary>The paragraph above the form, or null for the theme's.</summary>
    public string? Intro { get; init; }
}
