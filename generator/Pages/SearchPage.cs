using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>/search/: the search form and results; the query runs in the browser against the static index.</summary>
public sealed class SearchPage : IPageSource
{
    private const string Template = "pages/search.html";

    public IReadOnlyList<string> Templates => [Template];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.FileFor(SiteUrls.SearchPath))];

    public IEnumerable<Page> Plan(Site site)
    {
        yield return new Page(SiteUrls.FileFor(SiteUrls.SearchPath), Template,
            new PageInfo("search", PageWords.Title(site, site.Strings.Text(PageWords.SearchTitle)), site.Strings.Text(PageWords.SearchHeading),
                site.Strings.Count(PageWords.SearchDescription, site.Answers.Count, ("audience", PageWords.AudienceOf(site))),
                site.Urls.Local(SiteUrls.SearchPath), site.Urls.Absolute(SiteUrls.SearchPath), "website", null, false),
            new Dictionary<string, object?>
            {
                // A filter per taxonomy, its terms in use by name.
                ["filters"] = site.Taxonomies.Select(t => new TermList(t.Taxonomy, t.InUse.OrderBy(term => term.Name, StringComparer.OrdinalIgnoreCase).ToValueList())).ToValueList(),
            });
    }
}
