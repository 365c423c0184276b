using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Loads all of input/ into typed records. Files are read and parsed once, in parallel.</summary>
public static class ContentLoader
{
    /// <param name="answers">Answers loaded before, by their source: a file whose bytes (and base path) are as they were is not parsed again.</param>
    /// <param name="hashes">Answer files' hashes made before, by their stamp: a file whose stamp is as it was is not read to be hashed.</param>
    /// <param name="probe">For tests: called before each file is read.</param>
    public static ContentSet Load(InputFolder input, Uri? baseUrlOverride, DiagnosticBag bag, IMemo<AnswerSource, LoadedAnswer>? answers = null,
        IMemo<FileStamp, string>? hashes = null, FaultProbe? probe = null, Invocation? invocation = null)
    {
        var listedAt = DateTime.UtcNow;
        var files = FileListing.Scan(input.Root, input.Read, input.Display, bag);
        var unknownSettings = new List<Fields.UnknownKey>();
        var site = Guarded(input.SiteConfigPath, () => SiteConfigLoader.Load(input, files, baseUrlOverride, bag, unknownSettings), SiteConfig.Fallback);
        var tags = Guarded(input.TagsPath, () => TagLoader.Load(input, files, bag, unknownSettings), null);
        var synonyms = Guarded(input.SynonymsPath, () => SynonymLoader.Load(input, files, bag), []);
        var markdown = new MarkdownRenderer(site.BasePath);

        var experts = LoadAll(files.Under(input.ExpertsPath, ".md"), file => ExpertLoader.Load(file.FullName, input, files, markdown, bag));
        var sources = new System.Collections.Concurrent.ConcurrentDictionary<string, AnswerSource>(StringComparer.Ordinal);
        var answerFields = new AnswerFieldSet([.. site.Taxonomies.Select(t => t.Answers)]);
        var media = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        string MediaOf(string folder) => media.GetOrAdd(folder, f => MediaDigest(f, files, listedAt, hashes));
        var loaded = LoadAll(files.Under(input.AnswersPath, ".md"),
            file => LoadAnswer(file, listedAt, input, files, site.BasePath, answerFields, markdown, bag, answers, hashes, sources, MediaOf));
        if (loaded.Count == 0 && !bag.HasErrors)
            bag.Warning(SourceLocation.StartOf(input.Display(input.AnswersPath)), DiagnosticCode.MissingFile, "the site has no answers yet",
                $"add one with `{(invocation ?? Invocation.Installed).For("new answer")}`, or write input/answers/<year>/<slug>.md by hand");

        var taxonomies = TaxonomyLoader.Complete(site.Taxonomies, tags, input.Display(input.TagsPath), loaded);
        return new ContentSet(input, files, site, taxonomies, experts, loaded, loaded.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal))
        {
            Sources = sources,
            UnknownSettings = unknownSettings,
            Synonyms = synonyms,
        };

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

    private static AnswerFile LoadAnswer(FileInfo file, DateTime listedAt, InputFolder input, FileListing files, string basePath, AnswerFieldSet fields,
        MarkdownRenderer markdown, DiagnosticBag bag, IMemo<AnswerSource, LoadedAnswer>? memo, IMemo<FileStamp, string>? hashes,
        System.Collections.Concurrent.ConcurrentDictionary<string, AnswerSource> sources, Func<string, string> mediaOf)
    {
        var path = file.FullName;
        if (memo is null) return AnswerLoader.Load(path, input, files, markdown, bag, fields: fields);
        // A file whose stamp is as it was is not read to be hashed; one that is read is parsed from those same
        // bytes when no earlier load had them, and what is parsed is kept under their hash.
        var stamp = FileStamp.Of(file);
        byte[]? bytes = null;
        if (hashes?.TryGet(stamp, out var sha256) != true)
        {
            if ((bytes = files.ReadBytes(path, FileKind.Text, new DiagnosticBag())) is null) return AnswerLoader.Load(path, input, files, markdown, bag, fields: fields);
            sha256 = Sha256(bytes);
            if (hashes is not null && stamp.SettledBefore(listedAt)) hashes.Keep(stamp, sha256);
        }
        var source = new AnswerSource(path, input.Display(path), basePath, sha256!, fields, mediaOf(file.DirectoryName!));
        if (!memo.TryGet(source, out var answer))
        {
            if (bytes is null)
            {
                if ((bytes = files.ReadBytes(path, FileKind.Text, new DiagnosticBag())) is null) return AnswerLoader.Load(path, input, files, markdown, bag, fields: fields);
                source = source with { Sha256 = Sha256(bytes) };
            }
            var own = new DiagnosticBag();
            answer = memo.Keep(source, new LoadedAnswer(AnswerLoader.Load(path, input, files, markdown, own, bytes, fields), own.Sorted()));
        }
        foreach (var diagnostic in answer.Diagnostics) bag.Add(diagnostic);
        sources[source.DisplayPath] = source;
        return answer.File;
    }

    /// <summary>
    /// One hash of every file but answers under a folder (the images its answers may show), by name and content: the
    /// part of an answer's source that lies outside its own file. Hashes are kept by stamp, as answers' are.
    /// </summary>
    private static string MediaDigest(string folder, FileListing files, DateTime listedAt, IMemo<FileStamp, string>? hashes)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var file in files.Under(folder, ""))
        {
            if (file.FullName.EndsWith(".md", StringComparison.Ordinal)) continue;
            var stamp = FileStamp.Of(file);
            if (hashes?.TryGet(stamp, out var sha256) != true)
            {
                sha256 = files.ReadBytes(file.FullName, FileKind.Photo, new DiagnosticBag()) is { } bytes ? Sha256(bytes) : $"unread {file.Length}";
                if (hashes is not null && stamp.SettledBefore(listedAt)) hashes.Keep(stamp, sha256);
            }
            lines.Append(file.FullName).Append('\0').Append(sha256).Append('\n');
        }
        return lines.Length == 0 ? "" : Sha256(System.Text.Encoding.UTF8.GetBytes(lines.ToString()));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
}
