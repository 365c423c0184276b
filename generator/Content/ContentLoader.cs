using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Loads all of input/ into typed records. Files are read and parsed once, in parallel.</summary>
public static class ContentLoader
{
    public static ContentSet Load(InputFolder input, Uri? baseUrlOverride, DiagnosticBag bag)
    {
        var site = SiteConfigLoader.Load(input, baseUrlOverride, bag);
        var tags = TagLoader.Load(input, bag);
        var markdown = new MarkdownRenderer(site.BasePath);

        var experts = LoadAll(input.ExpertsPath, path => ExpertLoader.Load(path, input, markdown, bag));
        var answers = LoadAll(input.AnswersPath, path => AnswerLoader.Load(path, input, markdown, bag));
        if (answers.Count == 0 && !bag.HasErrors)
            bag.Warning(SourceLocation.StartOf(input.Display(input.AnswersPath)), DiagnosticCode.MissingFile, "the site has no answers yet",
                "add one with `generator new answer`, or write input/answers/<year>/<slug>.md by hand");

        var declaredTags = tags ?? answers.SelectMany(a => a.Tags).Select(t => t.Value).Distinct()
            .ToDictionary(id => id, id => new TagDefinition(id, TagLoader.DisplayName(id), "", SourceLocation.StartOf(input.Display(input.TagsPath))));
        return new ContentSet(input, site, declaredTags, tags is not null, experts, answers);
    }

    private static List<T> LoadAll<T>(string folder, Func<string, T> load)
    {
        if (!Directory.Exists(folder)) return [];
        // Sorted so that everything downstream sees files in the same order on every machine.
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var results = new T[files.Length];
        Parallel.For(0, files.Length, i => results[i] = load(files[i]));
        return [.. results];
    }
}
