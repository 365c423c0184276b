using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>
/// /corrections/feed.xml: every correction, newest first, as an Atom feed beside the corrections page. An entry's id
/// is the correction's place on its answer's page, so it stays the same however many corrections follow.
/// </summary>
public sealed class CorrectionsFeed : IFileSource
{
    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.CorrectionsFeedPath)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages)
    {
        var document = new AtomDocument(SiteUrls.CorrectionsFeedPath, site.Config.Language, CorrectionsPage.FeedTitle(site),
            site.Strings.Text(PageWords.CorrectionsDescription), site.Urls.Absolute(SiteUrls.CorrectionsPath),
            site.Urls.Absolute(SiteUrls.CorrectionsFeedPath), site.Urls.Absolute(SiteUrls.CorrectionsPath));
        return [document.Write([.. site.Corrections.Select(c => new AtomEntry(
            site.Strings.Text(PageWords.CorrectionEntryTitle, ("title", c.Answer.Title)), c.CanonicalUrl, c.CanonicalUrl,
            c.Correction.Date.Value, c.Correction.Date.Value, c.Answer.Expert.Name, c.Answer.Expert.CanonicalUrl, c.Correction.Text, null))])];
    }
}
