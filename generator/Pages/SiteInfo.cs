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
    /// <summary>A short line under the logo, the home page's h1 when set (site.yml's <c>tagline</c>, once it reads one).</summary>
    public string? Tagline { get; init; }

    /// <summary>True for <c>serve</c>'s builds: what only works once deployed (the ask form) can say so.</summary>
    public bool Preview { get; init; }

    /// <param name="searchManifestPath">The search manifest, relative to the site root.</param>
    /// <param name="assetPath">The site path an asset is published at, by its name under assets/ ("site.css").</param>
    /// <param name="preview">True when <c>serve</c> builds the site.</param>
    public static SiteInfo For(Site site, string searchManifestPath, Func<string, string> assetPath, bool preview) => new(
        site.Config.Title, site.Config.Description, site.Config.Language, site.Config.Disclaimer,
        site.Urls.Local(""), site.Urls.Local(SiteUrls.TagsPath), site.Urls.Local(SiteUrls.ExpertsPath), site.Urls.Local(SiteUrls.FeedPath),
        site.Urls.Local(assetPath("site.css")), site.Urls.Local(assetPath("favicon.svg")),
        site.Urls.Local(SiteUrls.SearchPath), site.Urls.Local(searchManifestPath), site.Urls.Local(assetPath("search.js")),
        site.Urls.Local(SiteUrls.AskPath),
        site.Answers.Count > 0 ? site.Answers[0].Published.Value.Year : DateTime.UtcNow.Year)
    {
        Preview = preview,
    };
}
