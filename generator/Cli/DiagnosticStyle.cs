namespace RunnersQA.Cli;

/// <summary>How <c>check</c> prints diagnostics: for people, for GitHub Actions, or for tools.</summary>
internal enum DiagnosticStyle
{
    Text,
    GitHub,
    Json,
}
