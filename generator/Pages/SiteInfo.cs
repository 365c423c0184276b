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
    int Year);
