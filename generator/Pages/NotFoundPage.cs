using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>404.html, which static hosts serve for any missing path.</summary>
public sealed class NotFoundPage : IPageSource
{
    private const string Template = "pages/not-found.html";
    private const string Path = "404.html";

    public IReadOnlyList<string> Templates => [Template];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(Path)];

    public IEnumerable<Page> Plan(Site site)
    {
        yield return new Page(Path, Template,
            new PageInfo("not-found", PageWords.Title(site, site.Strings.Text(PageWords.NotFoundTitle)), site.Strings.Text(PageWords.NotFoundTitle),
                site.Strings.Text(PageWords.NotFoundDescription),
                site.Urls.Local(Path), null, "website", null, true),
            new Dictionary<string, object?>());
    }
}
