using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace RunnersQA.Markdown;

/// <summary>
/// Renders a table inside a focusable, labelled region, so a table wider than a phone scrolls
/// within itself and keyboard users can scroll it too.
/// </summary>
internal sealed class ScrollableTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">");
        ((Markdig.Renderers.IMarkdownObjectRenderer)inner).Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
