using AngleSharp.Html.Parser;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Templates;

/// <summary>A site's input/theme/ replaces theme files one by one; everything else still comes from the theme.</summary>
public sealed class ThemeOverrideTests : IDisposable
{
    private const string FooterOverride = "theme/templates/partials/footer.html";
    private const string StylesheetOverride = "theme/assets/site.css";

    private readonly TempSite _site = TempSite.FromFixture("minimal").Overlay("theme-override");

    public ThemeOverrideTests() => _site.BuildClean();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_overridden_files_exist_in_the_default_theme()
    {
        // Otherwise these would be additions, not overrides.
        Assert.True(File.Exists(Path.Combine(Repository.DefaultTheme, "templates/partials/footer.html")));
        Assert.True(File.Exists(Path.Combine(Repository.DefaultTheme, "assets/site.css")));
    }

    [Fact]
    public void Overriding_footer_is_rendered_on_every_page()
    {
        // The override is a template: its one element's id, and its text with site.title filled in.
        var template = new HtmlParser().ParseDocument(_site.ReadInput(FooterOverride)).QuerySelector("footer")!;
        var id = template.Id!;
        var text = BuiltSite.TextOf(template).Replace("{{ site.title }}", _site.Content.Site.Title, StringComparison.Ordinal);

        var pages = _site.Built.Pages().ToList();
        Assert.NotEmpty(pages);
        foreach (var (file, page) in pages)
        {
            var footer = Assert.Single(page.QuerySelectorAll("body footer"));
            Assert.Equal(id, footer.Id);
            Assert.Equal(text, BuiltSite.TextOf(footer));
        }
    }

    [Fact]
    public void Overriding_stylesheet_replaces_the_themes()
    {
        Assert.Equal(Published(_site.InputPath(StylesheetOverride)), File.ReadAllBytes(_site.Built.PathOf(_site.Built.Asset("site.css"))));
    }

    [Fact]
    public void Assets_not_overridden_come_from_the_theme()
    {
        var themeAssets = FileTree.Files(Path.Combine(Repository.DefaultTheme, "assets")).Where(f => f != "site.css").ToList();
        Assert.NotEmpty(themeAssets);
        foreach (var asset in themeAssets)
            Assert.Equal(Published(Path.Combine(Repository.DefaultTheme, "assets", asset)), File.ReadAllBytes(_site.Built.PathOf(_site.Built.Asset(asset))));
    }

    /// <summary>What the build publishes for a theme file: scripts and stylesheets minified, the rest as is.</summary>
    private static byte[] Published(string source) => RunnersQA.Artifacts.AssetMinifier.Minify(source, File.ReadAllBytes(source));

    [Fact]
    public void Templates_not_overridden_come_from_the_theme()
    {
        // Built once more without the overrides: every page is the same except for its footer.
        using var plain = TempSite.FromFixture("minimal");
        plain.BuildClean();
        Assert.Equal(plain.Built.HtmlFiles, _site.Built.HtmlFiles);
        foreach (var file in plain.Built.HtmlFiles)
        {
            var withOverride = _site.Built.Page(file);
            var without = plain.Built.Page(file);
            // The stylesheet is overridden too, so its fingerprinted name differs; the rest of the head may not.
            Assert.Equal("/" + _site.Built.Asset("site.css"), withOverride.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
            withOverride.QuerySelector("link[rel=stylesheet]")!.Remove();
            without.QuerySelector("link[rel=stylesheet]")!.Remove();
            Assert.Equal(without.Head!.OuterHtml, withOverride.Head!.OuterHtml);
            Assert.Equal(without.QuerySelector("main")!.OuterHtml, withOverride.QuerySelector("main")!.OuterHtml);
            Assert.Equal(without.QuerySelector("body > header")?.OuterHtml, withOverride.QuerySelector("body > header")?.OuterHtml);
            Assert.NotEqual(without.QuerySelector("body footer")?.OuterHtml, withOverride.QuerySelector("body footer")!.OuterHtml);
        }
    }

    [Fact]
    public void Overrides_are_not_published_as_site_files()
    {
        Assert.DoesNotContain(_site.Built.Files, f => f.StartsWith("theme/", StringComparison.Ordinal) || f.EndsWith("footer.html", StringComparison.Ordinal));
    }
}
