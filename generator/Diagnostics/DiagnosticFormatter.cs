using System.Text;

namespace RunnersQA.Diagnostics;

/// <summary>The one text format every verb prints: <c>path:line:col: error RQA001: message</c>, then the hint.</summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic d)
    {
        var severity = d.IsError ? "error" : "warning";
        return $"{Visible(d.Location.Path)}:{d.Location.Line}:{d.Location.Column}: {severity} {d.Code}: {Visible(d.Message)}\n  hint: {Visible(d.Hint)}";
    }

    /// <summary>
    /// Control characters and line separators as escapes (<c>\n</c>, <c>\u001B</c>): messages quote content, and a
    /// raw line break or escape could forge a line of our output (a CI workflow command) or recolour a terminal.
    /// </summary>
    public static string Visible(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) visible.Append(c);
            else if (c == '\n') visible.Append("\\n");
            else if (c == '\r') visible.Append("\\r");
            else visible.Append($"\\u{(int)c:X4}");
        }
        return visible.ToString();
    }

    private static bool NeedsEscape(char c) => (c < ' ' && c != '\t') || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029';
}
