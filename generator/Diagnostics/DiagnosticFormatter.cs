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
    /// Control characters, line separators and invisible format characters as escapes (<c>\n</c>, <c>\u001B</c>,
    /// <c>\u202E</c>): messages quote content, and a raw line break or escape could forge a line of our output (a CI
    /// workflow command) or recolour a terminal, and a bidi override could make a name read as another.
    /// </summary>
    /// <param name="keepLineBreaks">Leave CR and LF for a format that escapes them its own way (GitHub's workflow commands).</param>
    public static string Visible(string text, bool keepLineBreaks = false)
    {
        bool Escaped(char c) => NeedsEscape(c) && !(keepLineBreaks && c is '\r' or '\n');
        if (!text.Any(Escaped)) return text;
        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!Escaped(c)) visible.Append(c);
            else if (c == '\n') visible.Append("\\n");
            else if (c == '\r') visible.Append("\\r");
            else visible.Append($"\\u{(int)c:X4}");
        }
        return visible.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (c < ' ' && c != '\t') || c is >= '\u007F' and <= '\u009F' or >= '\u200B' and <= '\u200F' or >= '\u2028' and <= '\u202E'
            or >= '\u2060' and <= '\u2069' or '\uFEFF';
}
