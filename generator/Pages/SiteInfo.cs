using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>The site-wide values every template receives as <c>site</c>.</summary>
public sealed record SiteInfo(
    string Title,
    string Description,
    string Language,
    string Disclaimer,
    string HomeUrl,
    string TagsUrl,
    string ExpertsUrl,
    string FeedUrl,
    string StylesheetUrl,
    string IconUrl,
    string SearchUrl,
    string SearchManifestUrl,
    string SearchScriptUrl,
    string AskUrl,
    int Year)
{
    /// <param name="searchManifestPath">The search manifest, relative to the site root.</param>
    /// <param name="assetPath">The site path an asset is published at, by its name under assets/ ("site.css").</param>
    public static SiteInfo For(Site site, string searchManifestPath, Func<string, string> assetPath) => new(
        site.Config.Title, site.Config.Description, site.Config.Language, site.Config.Disclaimer,
        site.Urls.Local(""), site.Urls.Local(SiteUrls.TagsPath), site.Urls.Local(SiteUrls.ExpertsPath), site.Urls.Local(SiteUrls.FeedPath),
        site.Urls.Local(assetPath("site.css")), site.Urls.Local(assetPath("favicon.svg")),
        site.Urls.Local(SiteUrls.SearchPath), site.Urls.Local(searchManifestPath), site.Urls.Local(assetPath("search.js")),
        site.Urls.Local(SiteUrls.AskPath),
        site.Answers.Count > 0 ? site.Answers[0].Published.Value.Year : DateTime.UtcNow.Year);
}
