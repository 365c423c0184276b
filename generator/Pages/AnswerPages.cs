using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>/answers/&lt;slug&gt;/: one page per published answer.</summary>
public sealed class AnswerPages : IPageSource
{
    private const string Template = "pages/answer.html";

    public IReadOnlyList<string> Templates => [Template];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) =>
        content.Answers.Select(a => ReservedPath.Folder(SiteUrls.AnswerPath(a.Slug), a.Location.Path));

    public IEnumerable<Page> Plan(Site site) => site.Answers.Select(answer => new Page(
        SiteUrls.FileFor(SiteUrls.AnswerPath(answer.Slug)),
        Template,
        new PageInfo("answer", PageWords.Title(site, answer.Title), answer.Title, answer.Summary, answer.Url,
            answer.CanonicalUrl, "article", StructuredData.ForArticle(answer, site), false),
        new Dictionary<string, object?>
        {
            ["answer"] = answer,
            ["related"] = site.RelatedTo(answer),
            ["previous"] = site.Older(answer),
            ["next"] = site.Newer(answer),
            ["edit_url"] = site.Config.Repository?.EditUrl(answer.SourcePath),
        }));
}
