using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace RunnersQA.Tests.Deploy;

/// <summary>
/// What a browser enforcing a <see cref="ContentSecurityPolicy"/> would refuse on one page, by kind. Each
/// method lists problems as "what: why"; an empty list means the page works under the policy.
/// </summary>
internal sealed class CspPageAudit(ContentSecurityPolicy policy, Uri pageUrl, IHtmlDocument page)
{
    // Script types a browser runs (HTML §4.12.1.1); any other type is a data block, such as JSON-LD, which is never executed.
    private static readonly HashSet<string> ScriptTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "module", "text/javascript", "application/javascript", "application/ecmascript", "application/x-ecmascript",
        "application/x-javascript", "text/ecmascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2",
        "text/javascript1.3", "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript",
        "text/x-ecmascript", "text/x-javascript",
    };

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster"];

    /// <summary>URLs on the page resolve against &lt;base href&gt; when there is one.</summary>
    private Uri DocumentBase =>
        page.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b, out var baseUrl) ? baseUrl : pageUrl;

    /// <summary>Executable scripts: external ones from allowed sources, inline ones only if the policy allows inline script.</summary>
    public IEnumerable<string> Scripts()
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (!ScriptTypes.Contains((script.GetAttribute("type") ?? "").Trim())) continue;
            if (script.GetAttribute("src") is { } src)
            {
                if (!policy.AllowsUrl("script-src-elem", src, DocumentBase)) yield return $"<script src=\"{src}\">: not allowed by script-src";
            }
            else if (!policy.AllowsInline("script-src-elem", script.TextContent, script.GetAttribute("nonce")))
                yield return $"inline <script> ({Excerpt(script.TextContent)}): script-src does not allow inline script";
        }
        foreach (var link in page.QuerySelectorAll("link[href]").Where(l => HasRel(l, "modulepreload") || (HasRel(l, "preload") && l.GetAttribute("as") == "script")))
            if (!policy.AllowsUrl("script-src-elem", link.GetAttribute("href")!, DocumentBase))
                yield return $"<link rel=\"{link.GetAttribute("rel")}\" href=\"{link.GetAttribute("href")}\">: not allowed by script-src";
    }

    /// <summary>Event handler attributes (onclick=...) and javascript: URLs are inline script too.</summary>
    public IEnumerable<string> InlineHandlers()
    {
        foreach (var element in page.All)
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    && !policy.AllowsInline("script-src-attr", attribute.Value, attribute: true))
                    yield return $"<{element.LocalName} {attribute.Name}=...>: script-src does not allow inline event handlers";
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase)
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                    && !policy.AllowsInline("script-src-elem", attribute.Value, attribute: true))
                    yield return $"<{element.LocalName} {attribute.Name}=\"javascript:...\">: script-src does not allow javascript: URLs";
            }
    }

    /// <summary>Stylesheets from allowed sources; &lt;style&gt; elements and style attributes only if inline style is allowed.</summary>
    public IEnumerable<string> Styles()
    {
        foreach (var link in page.QuerySelectorAll("link[href]").Where(l => HasRel(l, "stylesheet") || (HasRel(l, "preload") && l.GetAttribute("as") == "style")))
            if (!policy.AllowsUrl("style-src-elem", link.GetAttribute("href")!, DocumentBase))
                yield return $"<link rel=\"stylesheet\" href=\"{link.GetAttribute("href")}\">: not allowed by style-src";
        foreach (var style in page.QuerySelectorAll("style"))
            if (!policy.AllowsInline("style-src-elem", style.TextContent, style.GetAttribute("nonce")))
                yield return $"<style> ({Excerpt(style.TextContent)}): style-src does not allow inline style";
        foreach (var element in page.QuerySelectorAll("[style]"))
            if (!policy.AllowsInline("style-src-attr", element.GetAttribute("style")!, attribute: true))
                yield return $"<{element.LocalName} style=\"{Excerpt(element.GetAttribute("style")!)}\">: style-src does not allow style attributes";
    }

    /// <summary>Images (src, srcset, icons, posters) and audio or video from allowed sources.</summary>
    public IEnumerable<string> Images()
    {
        var images = page.QuerySelectorAll("img[src], input[type=image][src]").Select(e => e.GetAttribute("src")!)
            .Concat(page.QuerySelectorAll("img[srcset], picture source[srcset]").SelectMany(e => SrcsetUrls(e.GetAttribute("srcset")!)))
            .Concat(page.QuerySelectorAll("video[poster]").Select(e => e.GetAttribute("poster")!))
            .Concat(page.QuerySelectorAll("link[href]").Where(l => HasRel(l, "icon") || HasRel(l, "apple-touch-icon")).Select(l => l.GetAttribute("href")!));
        foreach (var url in images.Distinct())
            if (!policy.AllowsUrl("img-src", url, DocumentBase)) yield return $"image {Excerpt(url)}: not allowed by img-src";
        var media = page.QuerySelectorAll("audio[src], video[src], audio source[src], video source[src], track[src]").Select(e => e.GetAttribute("src")!);
        foreach (var url in media.Distinct())
            if (!policy.AllowsUrl("media-src", url, DocumentBase)) yield return $"media {Excerpt(url)}: not allowed by media-src";
        foreach (var link in page.QuerySelectorAll("link[href]").Where(l => HasRel(l, "manifest")))
            if (!policy.AllowsUrl("manifest-src", link.GetAttribute("href")!, DocumentBase))
                yield return $"web app manifest {link.GetAttribute("href")}: not allowed by manifest-src";
    }

    /// <summary>Where forms submit: their action (the page itself when absent) and any button's formaction.</summary>
    public IEnumerable<string> Forms()
    {
        foreach (var form in page.QuerySelectorAll("form"))
        {
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl.AbsoluteUri;
            if (!policy.AllowsUrl("form-action", action, DocumentBase)) yield return $"<form action=\"{action}\">: not allowed by form-action";
        }
        foreach (var button in page.QuerySelectorAll("[formaction]"))
            if (!policy.AllowsUrl("form-action", button.GetAttribute("formaction")!, DocumentBase))
                yield return $"<{button.LocalName} formaction=\"{button.GetAttribute("formaction")}\">: not allowed by form-action";
    }

    /// <summary>
    /// Frames, objects and embeds from allowed sources. A frame of one of the site's own pages also needs the
    /// site's frame-ancestors to allow 'self', since every page is served with the same policy.
    /// </summary>
    public IEnumerable<string> Embedded()
    {
        foreach (var frame in page.QuerySelectorAll("iframe, frame"))
        {
            var src = frame.GetAttribute("src");
            if (src is null) continue; // about:blank, nothing is fetched
            if (!policy.AllowsUrl("frame-src", src, DocumentBase)) yield return $"<{frame.LocalName} src=\"{src}\">: not allowed by frame-src";
            else if (Uri.TryCreate(DocumentBase, src, out var target) && target.Authority == pageUrl.Authority
                && policy.SourcesOf("frame-ancestors") is { } ancestors && !ancestors.Contains("'self'"))
                yield return $"<{frame.LocalName} src=\"{src}\">: the framed page refuses to be framed (frame-ancestors)";
        }
        foreach (var (element, attribute) in new[] { ("object", "data"), ("embed", "src") })
            foreach (var embedded in page.QuerySelectorAll(element))
            {
                var url = embedded.GetAttribute(attribute);
                if (url is null ? policy.Governing("object-src") is { } sources && sources.Contains("'none'") : !policy.AllowsUrl("object-src", url, DocumentBase))
                    yield return $"<{element} {attribute}=\"{url}\">: not allowed by object-src";
            }
    }

    /// <summary>&lt;base href&gt; must be allowed by base-uri, or the browser ignores it and every relative URL changes meaning.</summary>
    public IEnumerable<string> Base()
    {
        foreach (var element in page.QuerySelectorAll("base[href]"))
            if (!policy.AllowsUrl("base-uri", element.GetAttribute("href")!, pageUrl))
                yield return $"<base href=\"{element.GetAttribute("href")}\">: not allowed by base-uri";
    }

    /// <summary>
    /// The URLs the search script fetches, as the page hands them to it (data-manifest; shards and fragments
    /// are beside the manifest): they must be allowed by connect-src.
    /// </summary>
    public IEnumerable<string> Fetches()
    {
        foreach (var url in page.QuerySelectorAll("[data-manifest]").Select(e => e.GetAttribute("data-manifest")!).Distinct())
            if (!policy.AllowsUrl("connect-src", url, DocumentBase)) yield return $"search index {url}: not allowed by connect-src";
    }

    public IEnumerable<string> All() =>
        Scripts().Concat(InlineHandlers()).Concat(Styles()).Concat(Images()).Concat(Forms()).Concat(Embedded()).Concat(Base()).Concat(Fetches());

    private static bool HasRel(IElement link, string rel) =>
        (link.GetAttribute("rel") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',').Select(c => c.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()).OfType<string>();

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..60] + "…";
    }
}
