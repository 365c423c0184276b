using System.Net;
using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>/feed.xml: an Atom feed of the newest answers, with their full content.</summary>
public sealed class AtomFeed : IFileSource
{
    public const int EntryCount = 20;

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.FeedPath)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages) => [Feed(site)];

    private static OutputFile Feed(Site site)
    {
        var document = new AtomDocument(SiteUrls.FeedPath, site.Config.Language, site.Config.Title, site.Config.Description,
            site.Urls.BaseUrl, site.Urls.Absolute(SiteUrls.FeedPath), site.Urls.BaseUrl);
        // The entry's headings are the page's own words, escaped: the content is HTML, and a site may override them.
        var question = WebUtility.HtmlEncode(site.Strings.Text(PageWords.FeedQuestion));
        return document.Write([.. site.Answers.Take(EntryCount).Select(answer => new AtomEntry(
            answer.Title, answer.CanonicalUrl, answer.CanonicalUrl, answer.Published.Value, answer.LastModified,
            answer.Expert.Name, answer.Expert.CanonicalUrl, answer.Summary,
            $"<h2>{question}</h2>{answer.QuestionHtml.Value}<h2>{WebUtility.HtmlEncode(site.Strings.Text(PageWords.FeedAnswer, ("name", answer.Expert.Name)))}</h2>{answer.BodyHtml.Value}")
        {
            Categories = [.. answer.Tags.Select(tag => (tag.Id, tag.Name))],
        })]);
    }
}
