using System.Buffers;

namespace RunnersQA.Content;

/// <summary>Input text without the control characters that no HTML or XML output may hold.</summary>
public static class SourceText
{
    /// <summary>C0 controls other than tab, line feed and carriage return, DEL, C1 controls and the two noncharacters U+FFFE and U+FFFF.</summary>
    public static SearchValues<char> Forbidden { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>Drops the <see cref="Forbidden"/> characters (invalid in XML 1.0 or in HTML).</summary>
    public static string Clean(string text) =>
        text.AsSpan().IndexOfAny(Forbidden) < 0 ? text : string.Concat(text.Where(c => !Forbidden.Contains(c)));
}
