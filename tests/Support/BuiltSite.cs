using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RunnersQA.Tests.Support;

/// <summary>A built site on disk, read back with real parsers: HTML with AngleSharp, XML with System.Xml.Linq.</summary>
internal sealed class BuiltSite(string folder)
{
    private static readonly HtmlParser Parser = new();
    private static readonly ConcurrentDictionary<(string, DateTime), IHtmlDocument> Parsed = new();

    public string Folder { get; } = folder;

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public IReadOnlyList<string> Files => FileTree.Files(Folder);

    public IReadOnlyList<string> HtmlFiles => [.. Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))];

    public string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>
    /// Where a theme asset was published: "site.css" is "assets/site.0123456789.css" once fingerprinted, and a file
    /// that is not fingerprinted ("favicon.svg") keeps its name. Fails unless exactly one file matches.
    /// </summary>
    public string Asset(string name)
    {
        var extension = Path.GetExtension(name);
        var fingerprinted = new System.Text.RegularExpressions.Regex(
            "^assets/" + System.Text.RegularExpressions.Regex.Escape(name[..^extension.Length]) + @"\.[0-9a-f]{10}" + System.Text.RegularExpressions.Regex.Escape(extension) + "$");
        return Assert.Single(Files, f => f == "assets/" + name || fingerprinted.IsMatch(f));
    }

    public XDocument Xml(string relative) => XDocument.Load(PathOf(relative));

    /// <summary>The parsed page; cached per file and write time, as many tests read the same shared build.</summary>
    public IHtmlDocument Page(string relative)
    {
        var path = PathOf(relative);
        Assert.True(File.Exists(path), $"{relative} was not written");
        return Parsed.GetOrAdd((path, File.GetLastWriteTimeUtc(path)), _ => Parser.ParseDocument(File.ReadAllText(path)));
    }

    /// <summary>Every HTML page the theme rendered; the redirect stubs at answers' old addresses are not pages.</summary>
    public IEnumerable<(string File, IHtmlDocument Document)> Pages() =>
        HtmlFiles.Select(f => (f, Page(f))).Where(p => p.Item2.QuerySelector("meta[http-equiv=refresh]") is null);

    /// <summary>The file a site path ("answers/x/", "", "feed.xml") is served from.</summary>
    public static string FileFor(string sitePath)
    {
        var path = Uri.UnescapeDataString(sitePath.TrimStart('/'));
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The site path a page file is served at: "answers/x/index.html" is "answers/x/".</summary>
    public static string SitePathOf(string file) =>
        file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    /// <summary>The JSON-LD scripts of a page, parsed.</summary>
    public static IReadOnlyList<JsonDocument> JsonLd(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent))];

    public static string? Meta(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    /// <summary>
    /// The only scripts a page may carry: JSON-LD data, and the theme's own search module loaded from assets/.
    /// Anything else (an inline script, a script from author content) fails.
    /// </summary>
    public static bool IsThemeScript(IElement script) =>
        script.GetAttribute("type") switch
        {
            "application/ld+json" => !script.HasAttribute("src"),
            // The theme's words for search.js: data, never run (the CSP's script-src does not apply to it).
            "application/json" => !script.HasAttribute("src") && script.Id == RunnersQA.Pages.SiteInfo.ScriptStringsId,
            "module" => script.TextContent.Length == 0 && System.Text.RegularExpressions.Regex.IsMatch(script.GetAttribute("src") ?? "", @"^(/[a-z0-9-]+)*/assets/search(\.[0-9a-f]{10})?\.js$"),
            _ => false,
        };

    /// <summary>Pages that ask not to be indexed (404, the ask form's thank-you page) have no canonical URL.</summary>
    public static bool IsNoindex(IHtmlDocument page) => Meta(page, "meta[name=robots]")?.Contains("noindex", StringComparison.Ordinal) == true;

    /// <summary>Normalised text: runs of white space become one space, trimmed.</summary>
    public static string TextOf(INode node) => string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Distinct hrefs, in page order, of links in <paramref name="scope"/> that match the selector.</summary>
    public static IReadOnlyList<string> Hrefs(IParentNode scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).Where(h => h is not null).Distinct()];
}
