namespace RunnersQA.Pages;

/// <summary>How the ask page's form is sent: Netlify Forms, another form action, or email; and where thanks are said.</summary>
public sealed record AskForm(bool NetlifyForm, string? Action, string? Email, string ThanksUrl);
