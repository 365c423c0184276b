namespace RunnersQA.Diagnostics;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// which GitHub shows on the pull request's changed line. Escaping follows the runner's rules: data escapes
/// %, CR and LF; property values also escape ':' and ','.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic d)
    {
        var command = d.IsError ? "error" : "warning";
        var title = Property($"{d.Code} {d.Code.Name}");
        // Content's control and invisible characters are made visible first, as in the text format; then the runner's escaping.
        return $"::{command} file={Property(Visible(d.Location.Path))},line={d.Location.Line},col={d.Location.Column},title={title}::" +
               Data($"{Visible(d.Message)}\nhint: {Visible(d.Hint)}");
    }

    private static string Visible(string text) => DiagnosticFormatter.Visible(text, keepLineBreaks: true);

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
