using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>/robots.txt: everything may be crawled; the sitemap is named.</summary>
public sealed class RobotsTxt : IFileSource
{
    public const string Path = "robots.txt";

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(Path)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages) =>
        [OutputFile.Text(Path, $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(SiteUrls.SitemapPath).AbsoluteUri}\n")];
}
