using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>
/// A Markdown file with front matter, read and split, its YAML parsed with positions. Its file name is
/// its id (an answer's slug, an expert's id), so the name is checked here for both.
/// </summary>
internal sealed record MarkdownSource(string Id, SourceLocation Start, YamlMap? FrontMatter, string Body, int BodyFirstLine)
{
    public string DisplayPath => Start.Path;

    /// <summary>Where the file is inside the input folder, '/'-separated: "answers/2026/x.md".</summary>
    public string InputPath { get; init; } = "";

    /// <summary>The placeholders <c>new</c> wrote that are still in the file (<see cref="Placeholder"/>), front matter and body.</summary>
    public IReadOnlyList<Positioned<Placeholder>> Placeholders { get; init; } = [];

    /// <param name="idMeaning">What the file name becomes, for the message: "the page URL", "the expert's id".</param>
    /// <param name="bytes">The file's bytes, when the caller has read them already (to hash them).</param>
    public static MarkdownSource Read(string fullPath, InputFolder input, FileListing files, string idMeaning, DiagnosticBag bag, byte[]? bytes = null)
    {
        var start = SourceLocation.StartOf(input.Display(fullPath));
        var id = Path.GetFileNameWithoutExtension(fullPath);
        var inputPath = Path.GetRelativePath(input.Root, fullPath).Replace('\\', '/');
        if (!Slug.IsValid(id))
            bag.Error(start, DiagnosticCode.InvalidSlug, $"the file name '{id}' is not a valid slug, and it becomes {idMeaning}",
                $"rename the file to '{Slug.From(id)}.md' (lower-case a-z, 0-9 and single hyphens)");

        // A file too large or unreadable has its one error; it is loaded empty, so no rule adds to it.
        var text = bytes is null ? files.ReadText(fullPath, bag) : TextDecoding.Decode(bytes, start.Path, bag);
        if (text is null) return new MarkdownSource(id, start, null, "", 1) { InputPath = inputPath };
        var split = Content.FrontMatter.Split(text);
        if (split is null)
        {
            var (line, message, hint) = Content.FrontMatter.Missing(text);
            bag.Error(start with { Line = line }, DiagnosticCode.MissingFrontMatter, message, hint);
            return new MarkdownSource(id, start, null, text, 1) { InputPath = inputPath, Placeholders = Placeholder.FindIn(text, start.Path, 1, yaml: false) };
        }
        var yaml = YamlMap.Parse(split.Yaml, start.Path, split.YamlFirstLine, bag);
        var (inYaml, inBody) = (Placeholder.FindIn(split.Yaml, start.Path, split.YamlFirstLine, yaml: true),
            Placeholder.FindIn(split.Body, start.Path, split.BodyFirstLine, yaml: false));
        return new MarkdownSource(id, start, yaml, split.Body, split.BodyFirstLine)
        {
            InputPath = inputPath,
            Placeholders = inYaml.Count == 0 ? inBody : [.. inYaml, .. inBody],
        };
    }
}
