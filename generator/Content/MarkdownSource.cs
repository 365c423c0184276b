using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>A Markdown file with front matter, read and split, its YAML parsed with positions.</summary>
internal sealed record MarkdownSource(string DisplayPath, YamlMap? FrontMatter, string Body, int BodyFirstLine)
{
    public static MarkdownSource Read(string fullPath, InputFolder input, DiagnosticBag bag)
    {
        var display = input.Display(fullPath);
        var text = File.ReadAllText(fullPath);
        var split = Content.FrontMatter.Split(text);
        if (split is null)
        {
            bag.Error(SourceLocation.StartOf(display), DiagnosticCode.MissingFrontMatter, "the file has no front matter between `---` lines",
                "start the file with a line `---`, the YAML fields, and another `---` line before the Markdown");
            return new MarkdownSource(display, null, text, 1);
        }
        var yaml = YamlMap.Parse(split.Yaml, display, split.YamlFirstLine, bag);
        return new MarkdownSource(display, yaml, split.Body, split.BodyFirstLine);
    }
}
