using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>
/// /admin/: the content editor (Decap CMS), when site.yml turns it on and the pinned Decap is installed. A whole
/// document of its own: Decap draws the page, from the config and script beside it (<see cref="Artifacts.CmsFiles"/>).
/// </summary>
public sealed class AdminPage : IPageSource
{
    public const string Path = "admin/";
    private const string Template = "pages/admin.html";

    public IReadOnlyList<string> Templates => [Template];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => content.Site.Cms is null ? [] : [ReservedPath.Folder(Path)];

    public IEnumerable<Page> Plan(Site site)
    {
        if (site.Config.Cms is not { Script: not null }) yield break;
        yield return new Page(SiteUrls.FileFor(Path), Template,
            new PageInfo("admin", $"Editor | {site.Config.Title}", "Editor", "", site.Urls.Local(Path), null, "website", null, true),
            new Dictionary<string, object?>
            {
                ["script_url"] = site.Urls.Local(Path + Artifacts.CmsFiles.Script),
                ["setup_url"] = site.Urls.Local(Path + Artifacts.CmsFiles.Setup),
            })
        {
            Layout = null,
        };
    }
}
