namespace RunnersQA.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits on the <c>---</c> fences; null when the file does not open with one or never closes it.</summary>
    public static FrontMatter? Split(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---") return null;

        var yaml = new System.Text.StringBuilder();
        var line = 1;
        while (reader.ReadLine() is { } current)
        {
            line++;
            if (current.TrimEnd() is "---" or "...")
                return new FrontMatter(yaml.ToString(), 2, reader.ReadToEnd(), line + 1);
            yaml.Append(current).Append('\n');
        }
        return null;
    }

    /// <summary>
    /// Why <see cref="Split"/> found no front matter, at the line to fix: a closing line that is not quite <c>---</c>,
    /// a front matter never closed, an opening <c>---</c> below blank lines, or none at all.
    /// </summary>
    public static (int Line, string Message, string Hint) Missing(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || lines[first].Trim() != "---")
            return (1, "the file has no front matter between `---` lines",
                "start the file with a line `---`, the YAML fields, and another `---` line before the Markdown");
        if (first > 0)
            return (first + 1, "the `---` that opens the front matter is not the file's first line",
                "delete the empty lines above it: the file must start with `---`");
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Replace(" ", "", StringComparison.Ordinal) is { Length: > 0 } fence && (fence.Length >= 2 || fence[0] != '-') && fence.All(c => c is '-' or '\u2013' or '\u2014'))
                return (i + 1, $"`{line}` on line {i + 1} looks like the end of the front matter, but only a line of exactly `---` ends it",
                    "write `---` alone on that line, at its start, with nothing before or after it");
        }
        return (1, "the front matter opened by `---` on line 1 is never closed",
            "add a line `---` after the last field, before the Markdown text");
    }
}
