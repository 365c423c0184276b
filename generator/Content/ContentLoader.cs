using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Loads all of input/ into typed records. Files are read and parsed once, in parallel.</summary>
public static class ContentLoader
{
    /// <param name="cache">Answers loaded by earlier builds of this session, reused when their files did not change.</param>
    public static ContentSet Load(InputFolder input, Uri? baseUrlOverride, DiagnosticBag bag, AnswerFileCache? cache = null)
    {
        var site = SiteConfigLoader.Load(input, baseUrlOverride, bag);
        var tags = TagLoader.Load(input, bag);
        var markdown = new MarkdownRenderer(site.BasePath);

        var experts = LoadAll(MarkdownFiles(input.ExpertsPath), file => ExpertLoader.Load(file.FullName, input, markdown, bag));
        var listedAt = DateTime.UtcNow;
        var answerFiles = MarkdownFiles(input.AnswersPath);
        cache?.Begin(site.BasePath);
        var answers = LoadAll(answerFiles, file => LoadAnswer(file, listedAt, input, markdown, bag, cache));
        cache?.Keep(answerFiles.Select(f => f.FullName).ToHashSet(StringComparer.Ordinal));
        if (answers.Count == 0 && !bag.HasErrors)
            bag.Warning(SourceLocation.StartOf(input.Display(input.AnswersPath)), DiagnosticCode.MissingFile, "the site has no answers yet",
                "add one with `generator new answer`, or write input/answers/<year>/<slug>.md by hand");

        var declaredTags = tags ?? answers.SelectMany(a => a.Tags).Select(t => t.Value).Distinct()
            .ToDictionary(id => id, id => new TagDefinition(id, TagLoader.DisplayName(id), "", SourceLocation.StartOf(input.Display(input.TagsPath))));
        return new ContentSet(input, site, declaredTags, tags is not null, experts, answers, answers.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal));
    }

    private static AnswerFile LoadAnswer(FileInfo file, DateTime listedAt, InputFolder input, MarkdownRenderer markdown, DiagnosticBag bag, AnswerFileCache? cache)
    {
        if (cache is null) return AnswerLoader.Load(file.FullName, input, markdown, bag);
        if (cache.Find(file, bag) is { } known) return known;
        var own = new DiagnosticBag();
        var answer = AnswerLoader.Load(file.FullName, input, markdown, own);
        var diagnostics = own.Sorted();
        cache.Remember(file, listedAt, answer, diagnostics);
        foreach (var diagnostic in diagnostics) bag.Add(diagnostic);
        return answer;
    }

    /// <summary>Sorted, so that everything downstream sees files in the same order on every machine.</summary>
    private static FileInfo[] MarkdownFiles(string folder) => !Directory.Exists(folder) ? [] :
        [.. new DirectoryInfo(folder).EnumerateFiles("*.md", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal)];

    private static List<T> LoadAll<T>(FileInfo[] files, Func<FileInfo, T> load)
    {
        var results = new T[files.Length];
        Parallel.For(0, files.Length, i => results[i] = load(files[i]));
        return [.. results];
    }
}
