using AngleSharp.Html.Parser;
using RunnersQA.Markdown;

namespace RunnersQA.Tests.Markdown;

/// <summary>Tables scroll inside a focusable region instead of widening the page.</summary>
public sealed class TableRenderingTests
{
    [Fact]
    public void A_table_is_wrapped_in_a_focusable_labelled_region()
    {
        var markdown = "Weekly plan:\n\n| Day | Run | Minutes |\n|---|---|---|\n| Monday | Easy | 30 |\n| Tuesday | Intervals | 45 |\n";
        var rendered = new MarkdownRenderer("/").Render(markdown, "plan.md", 1, new RunnersQA.Diagnostics.DiagnosticBag());

        var document = new HtmlParser().ParseDocument(rendered.Html);
        var table = Assert.Single(document.QuerySelectorAll("table"));
        var region = table.ParentElement!;
        Assert.Equal("div", region.LocalName);
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
        Assert.Equal(3, table.QuerySelectorAll("tbody tr td").Length / 2);
    }

    [Fact]
    public void Text_without_a_table_gets_no_region()
    {
        var rendered = new MarkdownRenderer("/").Render("Just | a pipe in a sentence.", "plain.md", 1, new RunnersQA.Diagnostics.DiagnosticBag());
        Assert.DoesNotContain("role=\"region\"", rendered.Html);
    }
}
