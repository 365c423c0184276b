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
}
