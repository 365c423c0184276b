using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// Markup written into a correction, a source, a disclosure or a registration comes out as text: on the answer, the
/// expert page, the corrections page and in the corrections feed, it adds no element and reads back as written.
/// </summary>
public sealed class TrustTextEscapingTests : IDisposable
{
    private static readonly string Correction = "<script>alert('correction')</script> An earlier version said <b>20</b> & \"more\".";
    private static readonly string SourceTitle = "\"><img src=x onerror=alert('source')> A <i>trial</i> & more";
    private static readonly string SourceUrl = "https://example.org/trial?a=1&b=\"2\"";
    private static readonly string Disclosure = "<img src=x onerror=alert('disclosure')> Paid by Stride & Co.";
    private static readonly string Body = "<script>alert('register')</script> Council & Co";
    private static readonly string Number = "\"><b onmouseover=alert(1)>PH1</b>";
    private static readonly string RegisterUrl = "https://example.org/register?n=PH1&x=\"y\"";

    private readonly TempSite _site = TempSite.FromFixture("trust");

    public TrustTextEscapingTests()
    {
        _site.Replace("answers/2026/sore-knees.md", "    text: An earlier version gave the wrong number of glute bridges.", "    text: " + Yaml(Correction));
        _site.Replace("answers/2026/sore-knees.md", "  - title: A guide to knee pain for runners\n    url: https://example.org/knee-guide",
            $"  - title: {Yaml(SourceTitle)}\n    url: {Yaml(SourceUrl)}");
        _site.Replace("experts/rachel-moss.md", "  - Paid ambassador for Stride Footwear since 2024.", "  - " + Yaml(Disclosure));
        _site.Replace("experts/tom-adeyemi.md", "  body: Health and Care Professions Council\n  number: PH12345",
            $"  body: {Yaml(Body)}\n  number: {Yaml(Number)}\n  url: {Yaml(RegisterUrl)}");
        _site.BuildClean();
    }

    public void Dispose() => _site.Dispose();

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void No_page_gains_an_element_a_script_or_a_handler()
    {
        foreach (var (file, page) in _site.Built.Pages())
        {
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(BuiltSite.IsThemeScript(s), $"{file}: {s.OuterHtml}"));
            Assert.Empty(page.QuerySelectorAll("main b, main i, img[src='x']"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public void The_texts_read_back_as_written()
    {
        var answer = _site.Built.Page("answers/sore-knees/index.html");
        Assert.Contains(answer.QuerySelectorAll("main .correction"), c => BuiltSite.TextOf(c).EndsWith(BuiltSite.TextOf(Text(Correction)), StringComparison.Ordinal));
        var source = answer.QuerySelectorAll("main .source-list a").Single(a => a.GetAttribute("href") == SourceUrl);
        Assert.Equal(SourceTitle, source.TextContent);
        Assert.Contains(Disclosure, answer.QuerySelector("main .disclosure")!.TextContent, StringComparison.Ordinal);

        var expert = _site.Built.Page("experts/rachel-moss/index.html");
        Assert.Contains(expert.QuerySelectorAll("main li"), li => li.TextContent == Disclosure);
        var register = _site.Built.Page("experts/tom-adeyemi/index.html").QuerySelector("main .registration a")!;
        Assert.Equal(RegisterUrl, register.GetAttribute("href"));
        Assert.Contains(Body, register.TextContent, StringComparison.Ordinal);
        Assert.Contains(Number, register.TextContent, StringComparison.Ordinal);

        var listed = _site.Built.Page("corrections/index.html").QuerySelectorAll("main .correction-entry");
        Assert.Contains(listed, e => e.TextContent.Contains(Correction, StringComparison.Ordinal));
    }

    [Fact]
    public void The_corrections_feed_parses_and_holds_the_text_as_written()
    {
        var feed = _site.Built.Xml("corrections/feed.xml");
        Assert.Empty(AtomChecks.Problems(feed));
        Assert.Contains(feed.Root!.Elements(AtomChecks.Atom + "entry"), e => e.Element(AtomChecks.Atom + "summary")!.Value == Correction);
    }

    private static AngleSharp.Dom.INode Text(string text) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument("").CreateTextNode(text);
}
