using AngleSharp.Html.Dom;

namespace RunnersQA.Tests.Support;

/// <summary>The links of built pages, and where each internal one leads.</summary>
internal static class SiteLinks
{
    private const string Selector = "a[href], link[href], img[src], script[src]";

    /// <summary>
    /// True for a URL that names its scheme ("https://...", "mailto:..."). Not <c>Uri.TryCreate(..., Absolute)</c>:
    /// on Unix that takes "/answers/x/" for a file path.
    /// </summary>
    public static bool HasScheme(string url) => System.Text.RegularExpressions.Regex.IsMatch(url, "^[A-Za-z][A-Za-z0-9+.-]*:");

    /// <summary>Every link of every page that is relative (no scheme) and not just a fragment, as (page, url).</summary>
    public static IEnumerable<(string Page, string Url)> Relative(BuiltSite site) =>
        site.Pages().SelectMany(p => In(p.Document).Select(url => (p.File, url)))
            .Where(l => !l.url.StartsWith('#') && !HasScheme(l.url));

    /// <summary>Every link target written in a page (href or src), as written.</summary>
    public static IEnumerable<string> In(IHtmlDocument page) =>
        page.QuerySelectorAll(Selector).Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);

    /// <summary>
    /// Every link in every page of the site that does not lead to a written file, as "page: url (reason)".
    /// Internal links are relative ones and absolute ones under the base URL; they must sit under the base path and resolve to a file
    /// (clean URLs: /x/ is x/index.html; the query and fragment are dropped). A link to "#id" must name an element
    /// of the page. Links to other hosts and mailto: links are not followed.
    /// </summary>
    public static IReadOnlyList<string> Broken(BuiltSite site, Uri baseUrl)
    {
        var broken = new List<string>();
        foreach (var (file, page) in site.Pages())
        {
            var pageUrl = new Uri(baseUrl, BuiltSite.SitePathOf(file));
            foreach (var url in In(page))
            {
                if (url.StartsWith('#'))
                {
                    if (url.Length > 1 && page.GetElementById(Uri.UnescapeDataString(url[1..])) is null) broken.Add($"{file}: {url} (no element has this id)");
                    continue;
                }
                if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) continue;
                if (!Uri.TryCreate(pageUrl, url, out var target))
                {
                    broken.Add($"{file}: {url} (not a URL)");
                    continue;
                }
                if (target.Scheme is not ("http" or "https"))
                {
                    broken.Add($"{file}: {url} (scheme {target.Scheme})");
                    continue;
                }
                var underBase = string.Equals(target.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase)
                    && target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal);
                // An absolute URL outside the site (another host, or another path on the same host) is external.
                if (!underBase && HasScheme(url)) continue;
                if (!underBase)
                {
                    broken.Add($"{file}: {url} (outside the base path {baseUrl.AbsolutePath})");
                    continue;
                }
                var targetFile = BuiltSite.FileFor(target.AbsolutePath[baseUrl.AbsolutePath.Length..]);
                if (!site.Exists(targetFile)) broken.Add($"{file}: {url} (no file {targetFile})");
            }
        }
        return broken;
    }
}
