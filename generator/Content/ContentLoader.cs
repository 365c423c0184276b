using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Loads all of input/ into typed records. Files are read and parsed once, in parallel.</summary>
public static class ContentLoader
{
    /// <param name="cache">Answers loaded by earlier builds of this session, reused when their files did not change.</param>
    /// <param name="probe">For tests: called before each file is read.</param>
    public static ContentSet Load(InputFolder input, Uri? baseUrlOverride, DiagnosticBag bag, AnswerFileCache? cache = null, FaultProbe? probe = null)
    {
        var files = FileListing.Scan(input.Root, input.Read, input.Display, bag);
        var site = Guarded(input.SiteConfigPath, () => SiteConfigLoader.Load(input, files, baseUrlOverride, bag), SiteConfig.Fallback);
        var tags = Guarded(input.TagsPath, () => TagLoader.Load(input, files, bag), null);
        var markdown = new MarkdownRenderer(site.BasePath);

        var experts = LoadAll(files.Under(input.ExpertsPath, ".md"), file => ExpertLoader.Load(file.FullName, input, files, markdown, bag));
        var listedAt = DateTime.UtcNow;
        var answerFiles = files.Under(input.AnswersPath, ".md");
        cache?.Begin(site.BasePath);
        var answers = LoadAll(answerFiles, file => LoadAnswer(file, listedAt, input, files, markdown, bag, cache));
        cache?.Keep(answerFiles.Select(f => f.FullName).ToHashSet(StringComparer.Ordinal));
        if (answers.Count == 0 && !bag.HasErrors)
            bag.Warning(SourceLocation.StartOf(input.Display(input.AnswersPath)), DiagnosticCode.MissingFile, "the site has no answers yet",
                "add one with `generator new answer`, or write input/answers/<year>/<slug>.md by hand");

        var declaredTags = tags ?? answers.SelectMany(a => a.Tags).Select(t => t.Value).Distinct()
            .ToDictionary(id => id, id => new TagDefinition(id, TagLoader.DisplayName(id), "", SourceLocation.StartOf(input.Display(input.TagsPath))));
        return new ContentSet(input, files, site, declaredTags, tags is not null, experts, answers, answers.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal));

        T Guarded<T>(string path, Func<T> load, T fallback) =>
            FaultBarrier.Guard(SourceLocation.StartOf(input.Display(path)), "reading this file", bag, fallback, () =>
            {
                probe?.Invoke("read", path);
                return load();
            });

        // A file whose loading fails is left out, reported, and the others still load.
        List<T> LoadAll<T>(IReadOnlyList<FileInfo> list, Func<FileInfo, T> load) where T : class
        {
            var results = new T?[list.Count];
            Parallel.For(0, list.Count, i => results[i] = Guarded(list[i].FullName, () => load(list[i]), null));
            return [.. results.OfType<T>()];
        }
    }

    private static AnswerFile LoadAnswer(FileInfo file, DateTime listedAt, InputFolder input, FileListing files, MarkdownRenderer markdown, DiagnosticBag bag, AnswerFileCache? cache)
    {
        if (cache is null) return AnswerLoader.Load(file.FullName, input, files, markdown, bag);
        if (cache.Find(file, bag) is { } known) return known;
        var own = new DiagnosticBag();
        var answer = AnswerLoader.Load(file.FullName, input, files, markdown, own);
        var diagnostics = own.Sorted();
        cache.Remember(file, listedAt, answer, diagnostics);
        foreach (var diagnostic in diagnostics) bag.Add(diagnostic);
        return answer;
    }
}
