using RunnersQA.Model;
using RunnersQA.Outputs;
using RunnersQA.Pages;
using RunnersQA.Templates;

namespace RunnersQA.Build;

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
    /// The page as planned then, if it equals the one planned now: it would come out the same, so it need not be
    /// rendered again. Keeping the old object lets the new one die young instead of outliving the build.
    /// </summary>
    public Page? Same(Page page) => Pages.TryGetValue(page.OutputPath, out var before) && before.Equals(page) ? before : null;

    /// <summary>Whether this very page object was planned then (see <see cref="Same"/>).</summary>
    public bool Holds(Page page) => Pages.TryGetValue(page.OutputPath, out var before) && ReferenceEquals(before, page);

    /// <summary>Whether a file's bytes are the ones already written.</summary>
    public bool Unchanged(OutputFile file) => Files.TryGetValue(file.Path, out var before) && before.Bytes.Span.SequenceEqual(file.Bytes.Span);

    /// <summary>Paths written then that the new build no longer has.</summary>
    public IEnumerable<string> Removed(IReadOnlyList<Page> pages, IReadOnlyList<OutputFile> files)
    {
        var now = pages.Select(p => p.OutputPath).Concat(files.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        return Pages.Keys.Concat(Files.Keys).Where(path => !now.Contains(path));
    }
}
