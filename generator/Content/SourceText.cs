namespace RunnersQA.Content;

/// <summary>Input text without the control characters that no HTML or XML output may hold.</summary>
public static class SourceText
{
    public static string Read(string path) => Clean(File.ReadAllText(path));

    /// <summary>Drops C0 controls other than tab, line feed and carriage return (invalid in XML 1.0 and HTML).</summary>
    public static string Clean(string text) =>
        text.Any(IsForbidden) ? string.Concat(text.Where(c => !IsForbidden(c))) : text;

    private static bool IsForbidden(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
