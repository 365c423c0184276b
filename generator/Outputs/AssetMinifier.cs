using System.Text;
using NUglify;

namespace RunnersQA.Outputs;

/// <summary>
/// Minifies the theme's JavaScript and CSS with NUglify. A file NUglify cannot parse is published as written,
/// so a theme author's syntax it does not know never breaks a build.
/// </summary>
public static class AssetMinifier
{
    // NUglify's removal of unneeded code drops module-level functions that are only called from a
    // conditional expression (the search module's start-up); keeping all code costs about 1 KB gzipped.
    private static readonly NUglify.JavaScript.CodeSettings Scripts = new() { RemoveUnneededCode = false };

    public static byte[] Minify(string path, byte[] bytes)
    {
        var minify = Path.GetExtension(path) switch
        {
            ".js" or ".mjs" => (Func<string, UglifyResult>)(source => Uglify.Js(source, Scripts)),
            ".css" => source => Uglify.Css(source),
            _ => null,
        };
        if (minify is null) return bytes;
        var result = minify(Encoding.UTF8.GetString(bytes));
        return result.HasErrors || string.IsNullOrEmpty(result.Code) ? bytes : Encoding.UTF8.GetBytes(result.Code);
    }
}
