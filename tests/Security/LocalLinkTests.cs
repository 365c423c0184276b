using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Security;

/// <summary>A relative or root-relative link or image must reach a file the site publishes (RQA031).</summary>
public sealed class LocalLinkTests
{
    private const string Knees = "answers/2026/sore-knees.md";
    private const string Body = "You have not worn your knees out.";

    [Theory]
    [InlineData("[knee pain](/tags/knee-pain/)")]
    [InlineData("[knee pain](/tags/knee-pain/#top)")]
    [InlineData("[all tags](../../tags/)")]
    [InlineData("[the feed](/feed.xml)")]
    [InlineData("[robots](/robots.txt)")]
    [InlineData("[index](/search/manifest.json)")]
    [InlineData("[Rachel](/experts/rachel-moss/)")]
    [InlineData("[Rachel](/experts/rachel-moss)")]
    [InlineData("[home](/)")]
    [InlineData("[this part](#strength)")]
    [InlineData("[elsewhere](https://example.org/calf-raise.jpg)")]
    [InlineData("[mail](mailto:coach@example.org)")]
    public void A_link_to_something_published_passes(string link)
    {
        using var site = TempSite.FromFixture("minimal");
        site.Replace(Knees, Body, $"{Body} {link}");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.BrokenLocalLink);
    }

    [Theory]
    [InlineData("![Calf raise](/images/calf-raise.jpg)", "/images/calf-raise.jpg", "beside the answer")]
    [InlineData("[knee pain](/tags/kne-pain/)", "/tags/kne-pain/", "/tags/knee-pain/")]
    [InlineData("[guide](guide.pdf)", "/answers/sore-knees/guide.pdf", "https://")]
    [InlineData("[up](../../../../etc/passwd)", "above the site's root", "https://")]
    [InlineData("[space](/tags/knee%20pain/)", "/tags/knee pain/", "/tags/knee-pain/")]
    public void A_link_to_nothing_published_is_an_error_at_the_link(string link, string target, string hint)
    {
        using var site = TempSite.FromFixture("minimal");
        var text = site.Replace(Knees, Body, $"{Body} {link}");
        var (line, column) = TextPosition.Of(text, Body, link[..1]);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.BrokenLocalLink, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_an_experts_bio_is_read_from_the_experts_page()
    {
        using var site = TempSite.FromFixture("minimal");
        site.WriteInput("experts/rachel-moss.md", site.ReadInput("experts/rachel-moss.md") + "\nSee [her answers](../../tags/strength/) and [this](notes.html).\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("/experts/rachel-moss/notes.html", error.Message, StringComparison.Ordinal);
    }
}
