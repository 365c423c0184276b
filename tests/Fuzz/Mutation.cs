using System.Text;

namespace RunnersQA.Tests.Fuzz;

/// <summary>
/// One change a stranger's pull request could make to a site's input: bytes flipped, a file cut short, lines
/// duplicated or deleted, YAML or Markdown structure inserted, a field deleted, a symbolic link, an odd file name.
/// Positions are fractions of the file, so one mutation applies to any file. <see cref="ToString"/> says what it
/// did, which is what a failure prints (with the seed that remakes it).
/// </summary>
internal sealed record Mutation(Mutation.Kind What, int File, double At, int Pick)
{
    public enum Kind { FlipByte, Truncate, DuplicateLine, DeleteLine, Insert, DeleteField, Symlink, Rename, Empty, Delete }

    /// <summary>Structure that parsers and renderers have tripped on somewhere, inserted at a line start or mid-line.</summary>
    internal static readonly string[] Snippets =
    [
        "---\n", "...\n", ": ", ":", "- ", "? ", "|\n", ">\n", "\t", "&anchor ", "*anchor", "!!binary ", "!custom ", "%YAML 1.2\n",
        "[", "]", "{", "}", "\"", "'", "#", "title: ", "tags: [", "date: 2026-02-30\n", "expert: \n", "aliases: [/answers/x/]\n",
        "exercises:\n  - minutes: -1\n", "photo: ../../../etc/passwd\n", "theme: ../../..\n",
        new string('[', 40), new string('>', 40) + " q", new string('{', 40), "<div>", "</div>", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "![a](calf-raise.jpg)", "[a](../../../../etc/passwd)",
        "[a]: /nowhere\n", "```\n", "~~~", "| a | b |\n|---|---|\n", "[^1]", "[^1]: note\n", "*", "**", "_", "`", "\\",
        "&#0;", "&#x110000;", "\u0000", "\u001B", "\u0085", "\uFEFF", "\uFFFF", "\u202E", "\uD83C\uDFC3", "é", "\r", "\r\n",
        "{{ site.title }}", "{{", "}}", "{% raw %}", new string('a', 25_000), new string('*', 5_000),
    ];

    internal static readonly string[] OddNames =
    [
        "with space.md", "UPPER.md", "..md", ".hidden.md", "dots...md", "ünïcödé.md", "a\tb.md", "CON.md", "-leading.md",
        "trailing-.md", "x.MD", "no-extension", "index.md", new string('a', 200) + ".md",
    ];

    /// <summary>Applies the mutation to one of <paramref name="files"/> (paths under <paramref name="input"/>).</summary>
    /// <param name="outside">A folder outside the input holding a secret file, for links to point into.</param>
    public void Apply(string input, IReadOnlyList<string> files, string outside)
    {
        var path = files[File % files.Count];
        if (!System.IO.File.Exists(path)) return; // renamed or deleted by an earlier mutation
        var bytes = System.IO.File.ReadAllBytes(path);
        var offset = (int)(At * bytes.Length);
        switch (What)
        {
            case Kind.FlipByte when bytes.Length > 0:
                bytes[Math.Min(offset, bytes.Length - 1)] ^= (byte)(1 << (Pick % 8));
                System.IO.File.WriteAllBytes(path, bytes);
                break;
            case Kind.Truncate:
                System.IO.File.WriteAllBytes(path, bytes[..offset]);
                break;
            case Kind.DuplicateLine or Kind.DeleteLine:
                var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                var line = Math.Min((int)(At * lines.Count), lines.Count - 1);
                if (What == Kind.DuplicateLine) lines.Insert(line, lines[line]);
                else lines.RemoveAt(line);
                System.IO.File.WriteAllText(path, string.Join('\n', lines));
                break;
            case Kind.Insert:
                var snippet = Encoding.UTF8.GetBytes(Snippets[Pick % Snippets.Length]);
                System.IO.File.WriteAllBytes(path, [.. bytes[..offset], .. snippet, .. bytes[offset..]]);
                break;
            case Kind.DeleteField:
                var text = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                var keys = text.Select((l, i) => (l, i)).Where(x => x.l.Length > 0 && char.IsAsciiLetterLower(x.l[0]) && x.l.Contains(':')).ToList();
                if (keys.Count == 0) return;
                text.RemoveAt(keys[Pick % keys.Count].i);
                System.IO.File.WriteAllText(path, string.Join('\n', text));
                break;
            case Kind.Symlink:
                System.IO.File.Delete(path);
                if (Pick % 3 == 0) Directory.CreateSymbolicLink(path, outside);
                else System.IO.File.CreateSymbolicLink(path, Path.Combine(outside, Pick % 3 == 1 ? "secret.txt" : "secret.md"));
                break;
            case Kind.Rename:
                var renamed = Path.Combine(Path.GetDirectoryName(path)!, OddNames[Pick % OddNames.Length]);
                if (!System.IO.File.Exists(renamed)) System.IO.File.Move(path, renamed);
                break;
            case Kind.Empty:
                System.IO.File.WriteAllBytes(path, []);
                break;
            case Kind.Delete:
                System.IO.File.Delete(path);
                break;
        }
    }

    public override string ToString() => $"{What} file #{File} at {At:0.000} pick {Pick}";
}
