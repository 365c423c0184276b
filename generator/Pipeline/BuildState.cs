using RunnersQA.Model;
using RunnersQA.Artifacts;
using RunnersQA.Pages;
using RunnersQA.Templates;

namespace RunnersQA.Pipeline;

/// <summary>
/// What the output folder holds after a good build, as the next build of the session compares against it:
/// every page as its template saw it, and every other file's bytes.
/// </summary>
internal sealed record BuildState(
    Site Site,
    TemplateSet Templates,
    SiteInfo SiteInfo,
    bool MinifiedHtml,
    IReadOnlyDictionary<string, Page> Pages,
    IReadOnlyDictionary<string, OutputFile> Files)
{
    /// <summary>
    /// Sorts the pages planned now: one equal to the page planned then would come out the same, so it is not
    /// rendered again, and the old object stands in for it (the new one dies young instead of outliving the build).
    /// </summary>
    /// <returns>Every page, old objects where they hold; and the pages to render.</returns>
    public (List<Page> Pages, List<Page> Changed) Compare(IReadOnlyList<Page> planned)
    {
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
