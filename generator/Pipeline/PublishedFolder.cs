using RunnersQA.Artifacts;
using RunnersQA.Pages;
using RunnersQA.Publishing;
using RunnersQA.Templates;

namespace RunnersQA.Pipeline;

/// <summary>
/// What a session's output folder holds after a good build: every page as its template saw it, with what the
/// templates saw besides (their sources, the site's values, minifying), and every other file's bytes. This is
/// the render stage's memo: a page equal to one here, rendered with equal templates and values, would come out
/// as the bytes already in the folder.
/// </summary>
internal sealed record PublishedFolder(
    TemplateSet Templates,
    SiteInfo SiteInfo,
    bool MinifiedHtml,
    IReadOnlyDictionary<string, Page> Pages,
    IReadOnlyDictionary<string, OutputFile> Files)
{
    public static PublishedFolder Of(TemplateSet templates, SiteInfo siteInfo, bool minified, IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files) =>
        new(templates, siteInfo, minified, pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal), files.ToDictionary(f => f.Path, StringComparer.Ordinal));

    /// <summary>
    /// Sorts the pages planned now: one equal to the page in the folder, rendered in the same way, would come
    /// out the same, so it is not rendered again, and the old object stands in for it (the new one dies young
    /// instead of outliving the build).
    /// </summary>
    /// <returns>Every page, old objects where they hold; and the pages to render.</returns>
    public (List<Page> Pages, List<Page> Changed) Compare(IReadOnlyList<Page> planned, TemplateSet templates, SiteInfo siteInfo, bool minified)
    {
        if (!(MinifiedHtml == minified && SiteInfo.Equals(siteInfo) && Templates.SameSourcesAs(templates))) return ([.. planned], [.. planned]);
        var (pages, changed) = (new List<Page>(planned.Count), new List<Page>());
        foreach (var page in planned)
        {
            if (Pages.TryGetValue(page.OutputPath, out var before) && before.Equals(page))
            {
                pages.Add(before);
                continue;
            }
            pages.Add(page);
            changed.Add(page);
        }
        return (pages, changed);
    }

    /// <summary>Whether a file's bytes are the ones already written.</summary>
    public bool Unchanged(OutputFile file) => Files.TryGetValue(file.Path, out var before) && before.Bytes.Span.SequenceEqual(file.Bytes.Span);

    /// <summary>Paths written then that the new build no longer has.</summary>
    public IEnumerable<string> Removed(IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files)
    {
        var now = pages.Select(p => p.OutputPath).Concat(files.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        return Pages.Keys.Concat(Files.Keys).Where(path => !now.Contains(path));
    }
}
