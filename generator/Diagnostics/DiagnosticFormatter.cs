namespace RunnersQA.Diagnostics;

/// <summary>The one text format every verb prints: <c>path:line:col: error RQA001: message</c>, then the hint.</summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic d)
    {
        var severity = d.IsError ? "error" : "warning";
        return $"{d.Location.Path}:{d.Location.Line}:{d.Location.Column}: {severity} {d.Code}: {d.Message}\n  hint: {d.Hint}";
    }
}
