using RunnersQA.Model;
using RunnersQA.Strings;
using RunnersQA.Templates;
using Scriban.Runtime;

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
    /// <summary>The home page's heading: site.yml's tagline, else its description.</summary>
    public string Tagline { get; init; } = Description;

    /// <summary>Who answers, in words that fit "our …": site.yml's <c>audience</c>, else the theme's word for experts.</summary>
    public string Audience { get; init; } = "";

    /// <summary>The corrections page (<see cref="CorrectionsPage"/>), which every page's footer links.</summary>
    public string CorrectionsUrl { get; init; } = "";

    /// <summary>The logo from site.yml's <c>brand:</c>, or null for the theme's mark.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>The words search.js shows, as a JSON data block (not run, so the CSP allows it) the layout prints.</summary>
    public HtmlString ScriptStrings { get; init; } = new("");

    /// <summary>The theme's words in the site's language; templates read them through <c>t</c>. Part of equality, so a changed word redraws every page.</summary>
    [ScriptMemberIgnore]
    public required ThemeStrings Strings { get; init; }

    /// <summary>True for <c>serve</c>'s builds: what only works once deployed (the ask form) can say so.</summary>
    public bool Preview { get; init; }

    /// <summary>The id of the data block of <see cref="ScriptStrings"/>.</summary>
    public const string ScriptStringsId = "theme-strings";

    /// <param name="searchManifestPath">The search manifest, relative to the site root.</param>
    /// <param name="assetPath">The site path an asset is published at, by its name under assets/ ("site.css").</param>
    /// <param name="logo">The logo's name under assets/, or null.</param>
    /// <param name="preview">True when <c>serve</c> builds the site.</param>
    public static SiteInfo For(Site site, string searchManifestPath, Func<string, string> assetPath, string? logo, bool preview) => new(
        site.Config.Title, site.Config.Description, site.Config.Language, site.Config.Disclaimer,
        site.Urls.Local(""), site.Urls.Local(SiteUrls.TagsPath), site.Urls.Local(SiteUrls.ExpertsPath), site.Urls.Local(SiteUrls.FeedPath),
        site.Urls.Local(assetPath("site.css")),
        site.Urls.Local(assetPath(logo is not null && logo.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? logo : "favicon.svg")),
        site.Urls.Local(SiteUrls.SearchPath), site.Urls.Local(searchManifestPath), site.Urls.Local(assetPath("search.js")),
        site.Urls.Local(SiteUrls.AskPath),
        site.Answers.Count > 0 ? site.Answers[0].Published.Value.Year : DateTime.UtcNow.Year)
    {
        Tagline = site.Config.Tagline ?? site.Config.Description,
        Audience = PageWords.AudienceOf(site),
        CorrectionsUrl = site.Urls.Local(SiteUrls.CorrectionsPath),
        LogoUrl = logo is null ? null : site.Urls.Local(assetPath(logo)),
        ScriptStrings = new($"<script type=\"application/json\" id=\"{ScriptStringsId}\">{site.Strings.ClientJson()}</script>"),
        Strings = site.Strings,
        Preview = preview,
    };
}
