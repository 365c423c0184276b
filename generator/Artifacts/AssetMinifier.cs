using System.Text;
using NUglify;

namespace RunnersQA.Artifacts;

/// <summary>
/// Minifies the theme's JavaScript and CSS, and pages when asked, with NUglify. A file NUglify cannot parse is published as written,
/// so a theme author's syntax it does not know never breaks a build.
/// </summary>
public static class AssetMinifier
{
    // NUglify's removal of unneeded code drops module-level functions that are only called from a
    // conditional expression (the search module's start-up); keeping all code costs little once gzipped.
    private static readonly NUglify.JavaScript.CodeSettings Scripts = new() { RemoveUnneededCode = false };

    /// <summary>
    /// A rendered page without what HTML5 lets go (white space between tags, optional quotes and end tags):
    /// smaller, and still valid to the W3C checker. A page it cannot parse stays as it was.
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

    /// <summary>Brackets (or elements) inside one another beyond which a script, stylesheet or page is published as written; far deeper than real ones nest.</summary>
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

    /// <param name="deadline">When to stop waiting for NUglify (which is quadratic on some inputs): the file is then published as written.</param>
    public static byte[] Minify(string path, byte[] bytes, DateTime? deadline = null)
    {
        var minify = Path.GetExtension(path) switch
        {
            ".js" or ".mjs" => (Func<string, UglifyResult>)(source => Uglify.Js(source, Scripts)),
            ".css" => source => Uglify.Css(source),
            _ => null,
        };
        if (minify is null) return bytes;
        var source = Encoding.UTF8.GetString(bytes);
        // NUglify parses by recursion (nested blocks, but also chains of operators and statements): deep enough,
        // it overflows the stack, which no handler catches. So: bounded input, no deep brackets, and a thread
        // whose stack is far larger than the deepest such input needs.
        if (bytes.Length > MaxMinifiedBytes || DateTime.UtcNow >= deadline || BracketDepth(source) > MaxDepth) return bytes;
        UglifyResult? result = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? fault = null;
        var worker = new Thread(() =>
        {
            try { result = minify(source); }
            catch (Exception e) { fault = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, DeepStack) { IsBackground = true };
        worker.Start();
        var wait = deadline is { } until ? until - DateTime.UtcNow : MaxWait;
        if (!worker.Join(wait < TimeSpan.Zero ? TimeSpan.Zero : wait < MaxWait ? wait : MaxWait)) return bytes; // left to finish in the background
        fault?.Throw(); // on the caller's thread, where the fault barrier reports it
        if (result is not { } done) return bytes;
        return done.HasErrors || string.IsNullOrEmpty(done.Code) ? bytes : Encoding.UTF8.GetBytes(done.Code);
    }

    /// <summary>Larger scripts and stylesheets are published as written (a theme's own are a small fraction of this).</summary>
    internal const int MaxMinifiedBytes = 64 * 1024;

    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(1);

    /// <summary>Reserved, not committed: the pages of a thread's stack are taken only as deep as it goes.</summary>
    private const int DeepStack = 512 * 1024 * 1024;
}
