using RunnersQA.Artifacts;
using RunnersQA.Pages;
using RunnersQA.Publishing;
using RunnersQA.Search;
using RunnersQA.Templates;

namespace RunnersQA.Pipeline;

/// <summary>
/// A site that went through every stage before rendering without an error: its pages planned, its other files
/// made, ready to render and publish.
/// </summary>
internal sealed record PreparedSite(
    TemplateSet Templates,
    IReadOnlyList<Page> Pages,
    SearchIndex? Search,
    ThemeAssets Assets,
    IReadOnlyList<OutputFile> Others,
    SiteInfo SiteInfo)
{
    /// <summary>Every file besides the pages (none of the index when there is none).</summary>
    public List<OutputFile> Files => [.. Search?.Files ?? [], .. Assets.Files, .. Others];
}
