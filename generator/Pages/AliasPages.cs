using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>
/// A small page at each old address of an answer, for hosts that do not read _redirects (GitHub Pages):
/// it refreshes to the answer at once, names it as canonical so search engines move their index, and
/// links to it for anyone whose browser does not follow the refresh. A whole document of its own, without
/// the layout: nobody should stay on it.
/// </summary>
public sealed class AliasPages : IPageSource
{
    private const string Template = "pages/alias.html";

    public IReadOnlyList<string> Templates => [Template];

    /// <summary>Each valid alias's file, as the answer's; <see cref="Validation.AliasConflict"/> keeps them clear of the rest.</summary>
    public IEnumerable<ReservedPath> Reserved(ContentSet content) =>
        from answer in content.Answers
        from alias in answer.Aliases
        where AliasPath.IsValid(alias.Value)
        select ReservedPath.File(SiteUrls.FileFor(AliasPath.Normalize(alias.Value)), answer.Location.Path);

    public IEnumerable<Page> Plan(Site site) =>
        from answer in site.Answers
        from alias in answer.Aliases
        select new Page(SiteUrls.FileFor(alias), Template,
            new PageInfo("alias", site.Strings.Text(PageWords.AliasTitle, ("title", answer.Title)), answer.Title, answer.Summary, site.Urls.Local(alias), answer.CanonicalUrl, "website", null, true),
            new Dictionary<string, object?> { ["answer"] = answer })
        {
            Layout = null,
        };
}
