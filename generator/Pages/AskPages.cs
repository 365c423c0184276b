using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>/ask/, where a reader sends a question, and /ask/thanks/, where the form lands.</summary>
public sealed class AskPages : IPageSource
{
    private const string AskTemplate = "pages/ask.html";
    private const string ThanksTemplate = "pages/ask-thanks.html";

    public IReadOnlyList<string> Templates => [AskTemplate, ThanksTemplate];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.Folder(SiteUrls.AskPath)];

    public IEnumerable<Page> Plan(Site site)
    {
        var ask = site.Config.Ask;
        var form = new AskForm(ask.NetlifyForm, ask.Action, ask.Email, site.Urls.Local(SiteUrls.AskThanksPath), ask.Intro);
        yield return new Page(SiteUrls.FileFor(SiteUrls.AskPath), AskTemplate,
            new PageInfo("ask", PageWords.Title(site, site.Strings.Text(PageWords.AskTitle)), site.Strings.Text(PageWords.AskTitle),
                site.Strings.Text(PageWords.AskDescription, ("audience", PageWords.AudienceOf(site))),
                site.Urls.Local(SiteUrls.AskPath), site.Urls.Absolute(SiteUrls.AskPath), "website", null, false),
            new Dictionary<string, object?> { ["ask"] = form });
        yield return new Page(SiteUrls.FileFor(SiteUrls.AskThanksPath), ThanksTemplate,
            new PageInfo("ask-thanks", PageWords.Title(site, site.Strings.Text(PageWords.ThanksTitle)), site.Strings.Text(PageWords.ThanksHeading),
                site.Strings.Text(PageWords.ThanksDescription, ("audience", PageWords.AudienceOf(site))), site.Urls.Local(SiteUrls.AskThanksPath), null, "website", null, true),
            new Dictionary<string, object?> { ["ask"] = form });
    }
}
