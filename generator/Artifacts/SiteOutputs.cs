using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;
using RunnersQA.Search;

namespace RunnersQA.Artifacts;

/// <summary>
/// Everything a build publishes, registered once: the page kinds, the files made from the model and the
/// planned pages, and what the stages before rendering make. Each names the paths it reserves, so an alias is
/// checked against all of them, and what the site publishes is known from here. A new page kind or file is one
/// more entry.
/// </summary>
public sealed class SiteOutputs(IReadOnlyList<IPageSource> pages, IReadOnlyList<IFileSource> files)
{
    public static SiteOutputs Default { get; } = new(
        [new HomePages(), new AnswerPages(), new TaxonomyPages(), new ExpertPages(), new SearchPage(), new AskPages(), new CorrectionsPage(), new NotFoundPage(), new AdminPage()],
        [new AtomFeed(), new CorrectionsFeed(), new Sitemap(), new RobotsTxt(), new RedirectsFile(), new MediaFiles(), new CmsFiles()]);

    public IReadOnlyList<IPageSource> Pages => pages;

    public IReadOnlyList<IFileSource> Files => files;

    /// <summary>
    /// The pages at answers' old addresses. Apart from the other pages because they are what must keep clear
    /// of everything else: <see cref="Validation.AliasConflict"/> checks them against <see cref="Reserved"/>.
    /// </summary>
    public AliasPages Aliases { get; } = new();

    /// <summary>The theme's assets, minified and fingerprinted before pages render, since pages name them.</summary>
    public PreparedOutput Assets { get; } = new([ReservedPath.Folder(SiteUrls.AssetsPath)]);

    /// <summary>The search index, made before pages render; its manifest keeps one name, which every page names.</summary>
    public PreparedOutput SearchIndex { get; } = new([ReservedPath.Folder(SearchIndexer.Folder), ReservedPath.File(SearchIndexer.ManifestPath)]);

    public IEnumerable<IOutputSource> All => [.. pages, Aliases, .. files, Assets, SearchIndex];

    public IEnumerable<string> Templates => pages.Append(Aliases).SelectMany(s => s.Templates);

    public IReadOnlyList<Page> Plan(Site site) => [.. pages.Append(Aliases).SelectMany(s => s.Plan(site))];

    /// <summary>Every file besides the pages, the search index and the assets.</summary>
    public List<OutputFile> MakeFiles(Site site, IReadOnlyList<Page> planned) => [.. files.SelectMany(f => f.Make(site, planned))];

    /// <summary>Every path the build writes itself for this content, the alias pages' aside.</summary>
    public IEnumerable<ReservedPath> Reserved(ContentSet content) => All.Where(s => s != Aliases).SelectMany(s => s.Reserved(content));

    /// <summary>Every published file's path: the pages and files made, and those the earlier stages always make by name.</summary>
    public HashSet<string> Published(IEnumerable<Page> planned, IEnumerable<OutputFile> made) =>
        new(planned.Select(p => p.OutputPath).Concat(made.Select(f => f.Path)).Concat(Assets.NamedFiles).Concat(SearchIndex.NamedFiles), StringComparer.Ordinal);
}
