using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>All page sources of a build, in one list; a new kind of page is one more entry.</summary>
public sealed class PagePlan(IReadOnlyList<IPageSource> sources)
{
    public static PagePlan Default { get; } = new([new HomePages(), new AnswerPages(), new TagPages(), new ExpertPages(), new SearchPage(), new AskPages(), new NotFoundPage()]);

    public IEnumerable<string> Templates => sources.SelectMany(s => s.Templates);

    public IReadOnlyList<Page> Plan(Site site) => [.. sources.SelectMany(s => s.Plan(site))];

    /// <param name="searchManifestPath">The search manifest, relative to the site root.</param>
    /// <param name="assetPath">The site path an asset is published at, by its name under assets/ ("site.css").</param>
    public static SiteInfo SiteInfoFor(Site site, string searchManifestPath, Func<string, string> assetPath) => new(
        site.Config.Title, site.Config.Description, site.Config.Language, site.Config.Disclaimer,
        site.Urls.Local(""), site.Urls.Local(SiteUrls.TagsPath), site.Urls.Local(SiteUrls.ExpertsPath), site.Urls.Local(SiteUrls.FeedPath),
        site.Urls.Local(assetPath("site.css")), site.Urls.Local(assetPath("favicon.svg")),
        site.Urls.Local(SiteUrls.SearchPath), site.Urls.Local(searchManifestPath), site.Urls.Local(assetPath("search.js")),
        site.Urls.Local(SiteUrls.AskPath),
        site.Answers.Count > 0 ? site.Answers[0].Published.Value.Year : DateTime.UtcNow.Year);
}
