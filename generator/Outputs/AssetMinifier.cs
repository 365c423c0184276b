using System.Text;
using NUglify;

namespace RunnersQA.Outputs;

/// <summary>
/// Minifies the theme's JavaScript and CSS, and pages when asked, with NUglify. A file NUglify cannot parse is published as written,
/// so a theme author's syntax it does not know never breaks a build.
/// </summary>
public static class AssetMinifier
{
    // NUglify's removal of unneeded code drops module-level functions that are only called from a
    // conditional expression (the search module's start-up); keeping all code costs about 1 KB gzipped.
    private static readonly NUglify.JavaScript.CodeSettings Scripts = new() { RemoveUnneededCode = false };

    /// <summary>
    /// A rendered page without what HTML5 lets go (white space between tags, optional quotes and end tags):
    /// about 9% smaller, and still valid to the W3C checker. A page it cannot parse stays as it was.
    /// </summary>
    public static string MinifyHtml(string html)
    {
        // NUglify builds the page's tree by recursion: a page deeper than it can take stays as it was.
        var depth = 0;
        if (Markdown.HtmlNesting.Exceeds(html, ref depth, MaxDepth) >= 0) return html;
        var result = Uglify.Html(html, Pages);
        return result.HasErrors || string.IsNullOrEmpty(result.Code) ? html : result.Code;
    }

    // One space stays where white space was: between inline elements ("Rachel Moss · 2 November") it shows.
    // Script contents are left alone: minified as JavaScript, the JSON-LD lost its \u003C escapes, and an
    // author's "</script>" in a title would have closed the element.
    private static readonly NUglify.Html.HtmlSettings Pages = new()
    {
        KeepOneSpaceWhenCollapsing = true,
        MinifyJs = false,
        MinifyJsAttributes = false,
        MinifyCss = false,
        MinifyCssAttributes = false,
    };

    /// <summary>Brackets (or elements) inside one another beyond which a script, stylesheet or page is published as written; real ones nest a few dozen deep.</summary>
    internal const int MaxDepth = 256;

    /// <summary>The deepest nesting of (), [] and {} in the text, counting brackets in strings and comments too (never less than the truth).</summary>
    internal static int BracketDepth(string text)
    {
        var (depth, deepest) = (0, 0);
        foreach (var c in text)
        {
            if (c is '(' or '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ')' or ']' or '}' && depth > 0) depth--;
        }
        return deepest;
    }

    public static byte[] Minify(string path, byte[] bytes)
    {
        var minify = Path.GetExtension(path) switch
        {
            ".js" or ".mjs" => (Func<string, UglifyResult>)(source => Uglify.Js(source, Scripts)),
            ".css" => source => Uglify.Css(source),
            _ => null,
        };
        if (minify is null) return bytes;
        var source = Encoding.UTF8.GetString(bytes);
        // NUglify parses nested blocks by recursion: deep enough, it overflows the stack, which no handler catches.
        if (BracketDepth(source) > MaxDepth) return bytes;
        var result = minify(source);
        return result.HasErrors || string.IsNullOrEmpty(result.Code) ? bytes : Encoding.UTF8.GetBytes(result.Code);
    }
}
