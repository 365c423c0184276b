using System.Text;
using System.Text.Unicode;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Files;

/// <summary>
/// Input text is UTF-8. A byte-order mark and CRLF line ends are accepted; a byte that is not UTF-8 is an error
/// at its line and column, with the encoding the file was most likely saved in; control characters (which no
/// HTML or XML page may hold) are reported and dropped.
/// </summary>
public static class TextDecoding
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <returns>
    /// The text. When it is not UTF-8 (reported), the best reading of it, so that the build still finds every
    /// other problem in the file instead of problems that come only from its being unread.
    /// </returns>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag bag)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            bag.Error(SourceLocation.StartOf(path), DiagnosticCode.NotUtf8, "the file is saved as UTF-32, not UTF-8",
                "open it in your editor and save it with the encoding UTF-8 (in VS Code: click the encoding in the status bar, then 'Save with Encoding')");
            return "";
        }
        if (Utf16(bytes) is { } utf16)
        {
            bag.Error(SourceLocation.StartOf(path), DiagnosticCode.NotUtf8, "the file is saved as UTF-16, not UTF-8",
                "open it in your editor and save it with the encoding UTF-8 (in VS Code: click the encoding in the status bar, then 'Save with Encoding')");
            return SourceText.Clean(utf16.GetString(bytes).TrimStart('\uFEFF'));
        }
        var body = bytes.StartsWith(Bom) ? bytes[Bom.Length..] : bytes;
        if (!Utf8.IsValid(body))
        {
            ReportInvalid(body, path, bag);
            return SourceText.Clean(Encoding.UTF8.GetString(body));
        }
        var text = Encoding.UTF8.GetString(body);
        ReportControlCharacters(text, path, bag);
        return SourceText.Clean(text);
    }

    private static void ReportInvalid(ReadOnlySpan<byte> body, string path, DiagnosticBag bag)
    {
        var at = FirstInvalid(body);
        var lineStart = body[..at].LastIndexOf((byte)'\n') + 1;
        var line = body[..at].Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(body[lineStart..at]) + 1;
        var guess = LikelyEncoding.Of(body, at);
        bag.Error(new SourceLocation(path, line, column), DiagnosticCode.NotUtf8,
            $"the file is not UTF-8: byte 0x{body[at]:X2} here is not UTF-8 text{guess.Detail}",
            $"{guess.Advice}open the file in your editor and save it with the encoding UTF-8 (in VS Code: click the encoding in the status bar, " +
            $"'Reopen with Encoding' {guess.EditorName}, then 'Save with Encoding' UTF-8)");
    }

    private static int FirstInvalid(ReadOnlySpan<byte> body)
    {
        var offset = 0;
        while (offset < body.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return body.Length;
    }

    /// <summary>UTF-16, little or big endian, when the file opens with its byte-order mark or its first bytes are every other one NUL.</summary>
    private static Encoding? Utf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        var sample = bytes[..Math.Min(bytes.Length & ~1, 64)];
        if (sample.Length < 8) return null;
        var (even, odd) = (0, 0);
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) even++;
            if (sample[i + 1] == 0) odd++;
        }
        return odd >= sample.Length / 2 - 1 ? Encoding.Unicode : even >= sample.Length / 2 - 1 ? Encoding.BigEndianUnicode : null;
    }

    private static void ReportControlCharacters(string text, string path, DiagnosticBag bag)
    {
        var first = text.AsSpan().IndexOfAny(SourceText.Forbidden);
        if (first < 0) return;
        var count = 0;
        foreach (var ch in text.AsSpan(first)) if (SourceText.Forbidden.Contains(ch)) count++;
        var before = text.AsSpan(0, first);
        var lineStart = before.LastIndexOf('\n') + 1;
        var line = before.Count('\n') + 1;
        var c = text[first];
        var more = count > 1 ? $" ({count} in the file)" : "";
        bag.Error(new SourceLocation(path, line, first - lineStart + 1), DiagnosticCode.ControlCharacter,
            $"the file holds an invisible control character U+{(int)c:X4}{Name(c)} here{more}",
            "delete it: it often comes from pasting out of a word processor or a PDF; no web page may hold it");
    }

    private static string Name(char c) => c switch
    {
        '\0' => " (NUL)",
        '\b' => " (backspace)",
        '\f' => " (form feed)",
        '\v' => " (vertical tab)",
        '\u001B' => " (escape)",
        '\u007F' => " (delete)",
        _ => "",
    };
}
