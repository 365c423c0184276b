using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>/sitemap.xml: every indexable page, with the last change date where one is known.</summary>
public sealed class Sitemap : IFileSource
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(SiteUrls.SitemapPath)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages) => [Of(site, pages)];

    private static OutputFile Of(Site site, IEnumerable<Page> pages)
    {
        var lastModified = site.Answers.ToDictionary(a => a.Url, a => a.LastModified, StringComparer.Ordinal);
        return XmlFile.Make(SiteUrls.SitemapPath, xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => !p.Info.Noindex && p.Info.CanonicalUrl is not null))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, page.Info.CanonicalUrl!.AbsoluteUri);
                if (lastModified.TryGetValue(page.Info.Url, out var date))
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }
}
