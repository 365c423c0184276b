using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>
/// For every taxonomy (tags, and any other site.yml declares): its index with every term in use and its count
/// (/tags/), and a paginated page per term (/tags/&lt;id&gt;/). One pair of templates draws every taxonomy.
/// </summary>
public sealed class TaxonomyPages : IPageSource
{
    private const string IndexTemplate = "pages/tags.html";
    private const string TermTemplate = "pages/tag.html";

    public IReadOnlyList<string> Templates => [IndexTemplate, TermTemplate];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => content.Taxonomies.Select(t => ReservedPath.Folder(t.Path));

    public IEnumerable<Page> Plan(Site site) => site.Taxonomies.SelectMany(t => Plan(site, t));

    private static IEnumerable<Page> Plan(Site site, TaxonomyIndex index)
    {
        var (taxonomy, inUse) = (index.Taxonomy, index.InUse);
        yield return new Page(SiteUrls.FileFor(taxonomy.Path), IndexTemplate,
            new PageInfo(taxonomy.Key, PageWords.Title(site, taxonomy.Name), taxonomy.Name,
                site.Strings.Count(PageWords.TaxonomyDescription, site.Answers.Count, ("term_name", taxonomy.TermName),
                    ("terms", string.Join(", ", inUse.Take(6).Select(t => t.Name)))),
                site.Urls.Local(taxonomy.Path), site.Urls.Absolute(taxonomy.Path), "website", null, false),
            new Dictionary<string, object?> { ["taxonomy"] = taxonomy, ["terms"] = inUse });

        foreach (var term in inUse)
        {
            var answers = index.AnswersByTerm[term.Id];
            var description = term.Description.Length > 0 ? term.Description : site.Strings.Text(PageWords.TermDescription, ("audience", PageWords.AudienceOf(site)), ("term", term.Name));
            foreach (var (items, pagination, path) in Pagination.Split(answers, site.Config.PerPage, taxonomy.TermPath(term.Id), site.Urls.Local))
            {
                var heading = pagination.Current == 1 ? term.Name : site.Strings.Text(PageWords.TermPageHeading, ("term", term.Name), ("page", pagination.Current), ("pages", pagination.Total));
                yield return new Page(SiteUrls.FileFor(path), TermTemplate,
                    new PageInfo(taxonomy.Term, PageWords.Title(site, heading), heading, description,
                        site.Urls.Local(path), site.Urls.Absolute(path), "website", null, false),
                    new Dictionary<string, object?> { ["taxonomy"] = taxonomy, ["term"] = term, ["answers"] = items, ["pagination"] = pagination });
            }
        }
    }
}
