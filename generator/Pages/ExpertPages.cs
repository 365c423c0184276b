using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>/experts/ listing every expert, and /experts/&lt;id&gt;/ with bio, credentials, registration, disclosures, all their answers and those they reviewed.</summary>
public sealed class ExpertPages : IPageSource
{
    private const string IndexTemplate = "pages/experts.html";
    private const string ExpertTemplate = "pages/expert.html";

    public IReadOnlyList<string> Templates => [IndexTemplate, ExpertTemplate];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.Folder(SiteUrls.ExpertsPath)];

    public IEnumerable<Page> Plan(Site site)
    {
        yield return new Page(SiteUrls.FileFor(SiteUrls.ExpertsPath), IndexTemplate,
            new PageInfo("experts", PageWords.Title(site, site.Strings.Text(PageWords.ExpertsTitle)), site.Strings.Text(PageWords.ExpertsTitle),
                site.Strings.Text(PageWords.ExpertsDescription, ("audience", PageWords.AudienceOf(site)), ("site", site.Config.Title)),
                site.Urls.Local(SiteUrls.ExpertsPath), site.Urls.Absolute(SiteUrls.ExpertsPath), "website", null, false),
            new Dictionary<string, object?> { ["experts"] = site.Experts });

        foreach (var expert in site.Experts)
        {
            var description = $"{expert.Name}, {expert.Role}. {expert.ShortBio}";
            yield return new Page(SiteUrls.FileFor(SiteUrls.ExpertPath(expert.Id)), ExpertTemplate,
                new PageInfo("expert", PageWords.Title(site, $"{expert.Name}, {expert.Role}"), expert.Name,
                    TextExcerpt.Shorten(description, 300), expert.Url, expert.CanonicalUrl, "profile", StructuredData.ForProfile(expert, site), false),
                new Dictionary<string, object?>
                {
                    ["expert"] = expert,
                    ["answers"] = site.AnswersByExpert[expert.Id],
                    ["reviewed"] = site.AnswersReviewedBy[expert.Id],
                    ["edit_url"] = site.Config.Repository?.EditUrl(expert.SourcePath),
                });
        }
    }
}
