using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>
/// The home page, and the archive pages after it (/page/2/, ...). The home page is the archive's first page
/// split for show: its newest answer is the lead, the rest are the latest, and it also has every expert; the
/// archive pages have neither lead nor experts, so a theme draws them as plain lists of <c>answers</c>.
/// </summary>
public sealed class HomePages : IPageSource
{
    private const string Template = "pages/home.html";

    public IReadOnlyList<string> Templates => [Template];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.FileFor("")), ReservedPath.Folder(Pagination.Folder)];

    public IEnumerable<Page> Plan(Site site)
    {
        var topTags = site.TagsInUse.Take(10).ToValueList();
        foreach (var (items, pagination, path) in Pagination.Split(site.Answers, site.Config.PerPage, "", site.Urls.Local))
        {
            var first = pagination.Current == 1;
            var heading = first ? site.Config.Title : site.Strings.Text(PageWords.ArchiveHeading, ("page", pagination.Current), ("pages", pagination.Total));
            var title = first ? site.Config.Title : PageWords.Title(site, heading);
            yield return new Page(SiteUrls.FileFor(path), Template,
                new PageInfo("home", title, heading, site.Config.Description, site.Urls.Local(path), site.Urls.Absolute(path), "website", null, false),
                new Dictionary<string, object?>
                {
                    ["answers"] = items,
                    ["pagination"] = pagination,
                    ["tags"] = topTags,
                    ["lead"] = first && items.Count > 0 ? items[0] : null,
                    ["latest"] = first ? items.Skip(1).ToValueList() : ValueList<Answer>.Empty,
                    ["experts"] = first ? site.Experts : ValueList<Expert>.Empty,
                });
        }
    }
}
