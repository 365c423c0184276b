using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>/corrections/: every correction made to a published answer, newest first, with its own feed.</summary>
public sealed class CorrectionsPage : IPageSource
{
    /// <summary>The corrections feed's title, as the page's head names it and the feed calls itself.</summary>
    public static string FeedTitle(Site site) => site.Strings.Text(PageWords.CorrectionsFeedTitle, ("site", site.Config.Title));

    private const string Template = "pages/corrections.html";

    public IReadOnlyList<string> Templates => [Template];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.FileFor(SiteUrls.CorrectionsPath))];

    public IEnumerable<Page> Plan(Site site)
    {
        var title = site.Strings.Text(PageWords.CorrectionsTitle);
        var info = new PageInfo("corrections", PageWords.Title(site, title), title, site.Strings.Text(PageWords.CorrectionsDescription),
            site.Urls.Local(SiteUrls.CorrectionsPath), site.Urls.Absolute(SiteUrls.CorrectionsPath), "website", null, false)
        {
            Feed = new FeedLink(site.Urls.Local(SiteUrls.CorrectionsFeedPath), FeedTitle(site)),
        };
        return [new Page(SiteUrls.FileFor(SiteUrls.CorrectionsPath), Template, info, new Dictionary<string, object?> { ["corrections"] = site.Corrections })];
    }
}
