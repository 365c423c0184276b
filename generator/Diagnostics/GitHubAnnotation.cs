namespace RunnersQA.Diagnostics;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// which GitHub shows on the pull request's changed line. Escaping follows the runner's rules: data escapes
/// %, CR and LF; property values also escape ':' and ','.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic d) =>
        Format(d.IsError ? Severity.Error : Severity.Warning, d.Location, $"{d.Code} {d.Code.Name}", $"{d.Message}\nhint: {d.Hint}");

    /// <summary>Any annotation at a place in the input: a diagnostic, or what else a command reports there (a review that is due).</summary>
    public static string Format(Severity severity, SourceLocation at, string title, string message) =>
        // Content's control and invisible characters are made visible first, as in the text format; then the runner's escaping.
        $"::{(severity == Severity.Error ? "error" : "warning")} file={Property(Visible(at.Path))},line={at.Line},col={at.Column},title={Property(Visible(title))}::" +
        Data(Visible(message));

    private static string Visible(string text) => DiagnosticFormatter.Visible(text, keepLineBreaks: true);

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
