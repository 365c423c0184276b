using RunnersQA.Model;

namespace RunnersQA.Outputs;

/// <summary>/robots.txt: everything may be crawled; the sitemap is named.</summary>
public static class RobotsWriter
{
    public const string Path = "robots.txt";

    public static OutputFile Write(Site site) =>
        OutputFile.Text(Path, $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(SiteUrls.SitemapPath).AbsoluteUri}\n");
}
