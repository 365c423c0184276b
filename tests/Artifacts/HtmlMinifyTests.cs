using AngleSharp.Dom;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Artifacts;

/// <summary><c>build --minify-html</c> makes every page smaller and changes nothing a reader or crawler sees.</summary>
public sealed class HtmlMinifyTests
{
    [Fact]
    public void Minified_pages_are_smaller_with_the_same_text_links_and_head()
    {
        using var plain = TempSite.FromFixture("minimal");
        using var minified = TempSite.FromFixture("minimal");
        plain.BuildClean();
        Assert.True(RunnersQA.Pipeline.SiteBuild.Run(minified.Options() with { MinifyHtml = true }).Succeeded);

        Assert.Equal(plain.Built.HtmlFiles, minified.Built.HtmlFiles);
        foreach (var file in plain.Built.HtmlFiles)
        {
            Assert.True(new FileInfo(minified.Built.PathOf(file)).Length < new FileInfo(plain.Built.PathOf(file)).Length, $"{file} is not smaller");
            var (before, after) = (plain.Built.Page(file), minified.Built.Page(file));
            Assert.Equal(Texts(before), Texts(after));
            Assert.Equal(BuiltSite.Hrefs(before, "a, link"), BuiltSite.Hrefs(after, "a, link"));
            Assert.Equal(before.Title, after.Title);
            Assert.Equal(before.QuerySelectorAll("meta").Select(m => m.GetAttribute("content")), after.QuerySelectorAll("meta").Select(m => m.GetAttribute("content")));
            Assert.Equal(BuiltSite.JsonLd(before).Select(j => j.RootElement.GetRawText()), BuiltSite.JsonLd(after).Select(j => j.RootElement.GetRawText()));
        }
    }

    /// <summary>
    /// Every piece of text in the body, in order, white space collapsed. White space between block elements
    /// (list items, say) shows nowhere, so it is not compared; the words themselves must all be there.
    /// </summary>
    private static IEnumerable<string> Texts(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.Body!.Descendants<IText>().Select(t => string.Join(' ', t.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0);

    /// <summary>NUglify builds a page's tree by recursion; a theme template 30,000 elements deep once overflowed its stack.</summary>
    [Fact]
    public void A_page_nested_deeper_than_the_minifier_can_take_is_left_as_it_was()
    {
        var page = "<!doctype html><title>t</title>" + string.Concat(Enumerable.Repeat("<div>", 30_000)) + "x";

        Assert.Equal(page, RunnersQA.Artifacts.AssetMinifier.MinifyHtml(page));
        Assert.NotEqual("<p>  a  </p>", RunnersQA.Artifacts.AssetMinifier.MinifyHtml("<p>  a  </p>"));
    }
}
