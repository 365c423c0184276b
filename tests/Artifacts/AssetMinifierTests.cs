using System.Text;
using RunnersQA.Artifacts;

namespace RunnersQA.Tests.Artifacts;

/// <summary>Theme scripts and stylesheets are published minified, and nothing a theme wrote is lost.</summary>
public sealed class AssetMinifierTests
{
    private static string Minify(string path, string text) => Encoding.UTF8.GetString(AssetMinifier.Minify(path, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Stylesheets_lose_comments_and_white_space()
    {
        const string css = "/* brand */\nbody {\n  color: #ff0000;\n  margin: 0px;\n}\n";
        var minified = Minify("site.css", css);
        Assert.True(minified.Length < css.Length / 2, minified);
        Assert.DoesNotContain("brand", minified, StringComparison.Ordinal);
        Assert.Contains("body{", minified, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_keeps_a_function_called_only_from_a_conditional()
    {
        // The search module starts this way; NUglify's dead-code removal once dropped the function.
        const string js = """
            export function stem(word) { return word; }
            function start() { console.log('started'); }
            typeof document !== 'undefined' && (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', start) : start());
            """;
        var minified = Minify("search.js", js);
        Assert.True(minified.Length < js.Length, minified);
        Assert.Contains("console.log(\"started\")", minified.Replace('\'', '"'), StringComparison.Ordinal);
        Assert.Contains("export function stem", minified, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_does_not_parse_is_published_as_written()
    {
        const string js = "function (( {";
        Assert.Equal(js, Minify("broken.js", js));
    }

    [Fact]
    public void Other_files_are_untouched()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <!-- keep -->\n</svg>\n";
        Assert.Equal(svg, Minify("favicon.svg", svg));
    }
}
