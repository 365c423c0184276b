using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Markdown;

/// <summary>Raw HTML in Markdown (answer body, question, expert bio) is sanitized; harmless markup stays.</summary>
public sealed class SanitizingTests(HostileSiteFixture hostile) : IClassFixture<HostileSiteFixture>
{
    private IElement Main => hostile.Site.Built.Page(hostile.AnswerFile).QuerySelector("main")!;

    [Fact]
    public void The_body_really_holds_raw_html()
    {
        var body = hostile.Answer.Body;
        Assert.Contains("<script>", body);
        Assert.Contains("href=\"javascript:", body);
        Assert.Contains("onerror=", body);
        Assert.Contains("<p onclick=", body);
        Assert.Contains("<em>", body);
        Assert.Contains("<script>", hostile.Answer.Question);
        Assert.Contains("<script>", hostile.Expert.Bio);
    }

    [Fact]
    public void Scripts_are_removed_from_body_question_and_bio()
    {
        Assert.Empty(Main.QuerySelectorAll("script"));
        Assert.DoesNotContain("alert('body')", Main.TextContent);
        var expertMain = hostile.Site.Built.Page($"experts/{hostile.Expert.Id}/index.html").QuerySelector("main")!;
        Assert.Empty(expertMain.QuerySelectorAll("script"));
    }

    [Fact]
    public void Javascript_links_lose_their_target()
    {
        var link = Main.QuerySelectorAll("a").Single(a => a.TextContent == "x");
        Assert.DoesNotContain("javascript", link.GetAttribute("href") ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Event_handlers_are_removed_but_the_elements_text_stays()
    {
        Assert.All(Main.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(Main.QuerySelectorAll("p"), p => p.TextContent.Trim() == "A paragraph that was clickable");
    }

    [Fact]
    public void Harmless_html_stays()
    {
        Assert.Contains(Main.QuerySelectorAll("em"), e => e.TextContent == "emphasis kept");
        var expertMain = hostile.Site.Built.Page($"experts/{hostile.Expert.Id}/index.html").QuerySelector("main")!;
        Assert.Contains(expertMain.QuerySelectorAll("em"), e => e.TextContent == "emphasis");
    }

    [Fact]
    public void Feed_content_is_sanitized_too()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(hostile.Site.Built.Xml("feed.xml").Root!.Elements(atom + "entry"));
        var html = new HtmlParser().ParseDocument(entry.Element(atom + "content")!.Value);
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.All(html.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(html.QuerySelectorAll("em"), e => e.TextContent == "emphasis kept");
    }
}
