namespace RunnersQA.Pages;

/// <summary>
/// How the ask page's form is sent: Netlify Forms, another form action, or email; where thanks are said; and the
/// paragraph above it from site.yml (null for the theme's words).
/// </summary>
public sealed record AskForm(bool NetlifyForm, string? Action, string? Email, string ThanksUrl, string? Intro);
