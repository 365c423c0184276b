using RunnersQA.Content;
using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>/tags/ with every tag and its count, and /tags/&lt;id&gt;/ (paginated) for each tag in use.</summary>
public sealed class TagPages : IPageSource
{
    private const string IndexTemplate = "pages/tags.html";
    private const string TagTemplate = "pages/tag.html";

    public IReadOnlyList<string> Templates => [IndexTemplate, TagTemplate];

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.Folder(SiteUrls.TagsPath)];

    public IEnumerable<Page> Plan(Site site)
    {
        var inUse = site.TagsInUse;
        yield return new Page(SiteUrls.FileFor(SiteUrls.TagsPath), IndexTemplate,
            new PageInfo("tags", $"Tags | {site.Config.Title}", "Tags",
                $"Browse {site.Answers.Count} answers by topic: {string.Join(", ", inUse.Take(6).Select(t => t.Name))} and more.",
                site.Urls.Local(SiteUrls.TagsPath), site.Urls.Absolute(SiteUrls.TagsPath), "website", null, false),
            new Dictionary<string, object?> { ["tags"] = inUse });

        foreach (var tag in inUse)
        {
            var answers = site.AnswersByTag[tag.Id];
            var description = tag.Description.Length > 0 ? tag.Description : $"Answers from our experts about {tag.Name.ToLowerInvariant()}.";
            foreach (var (items, pagination, path) in Pagination.Split(answers, site.Config.PerPage, SiteUrls.TagPath(tag.Id), site.Urls.Local))
            {
                var heading = pagination.Current == 1 ? tag.Name : $"{tag.Name}, page {pagination.Current} of {pagination.Total}";
                yield return new Page(SiteUrls.FileFor(path), TagTemplate,
                    new PageInfo("tag", $"{heading} | {site.Config.Title}", heading, description,
                        site.Urls.Local(path), site.Urls.Absolute(path), "website", null, false),
                    new Dictionary<string, object?> { ["tag"] = tag, ["answers"] = items, ["pagination"] = pagination });
            }
        }
    }
}
