using RunnersQA.Model;

namespace RunnersQA.Artifacts;

/// <summary>/robots.txt: everything may be crawled; the sitemap is named.</summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static OutputFile Make(Site site) =>
        OutputFile.Text(Path, $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(SiteUrls.SitemapPath).AbsoluteUri}\n");
}
