using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Markdown;

/// <summary>
/// Renders author Markdown to safe HTML. The pipeline is built once and shared by all threads.
/// Only extensions that cannot inject attributes are enabled (no generic attributes), and raw HTML
/// is run through a sanitizer, so a body can hold no script, event handler or javascript: URL.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly string _basePath;

    /// <param name="basePath">The site's URL path ("/" or "/qa/"); root-relative links are placed under it.</param>
    public MarkdownRenderer(string basePath)
    {
        _basePath = basePath;
        _pipeline = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseFootnotes()
            .Build();
    }

    /// <param name="firstLine">The file line the text starts on, so link positions point into the file.</param>
    public RenderedMarkdown Render(string markdown, string path, int firstLine, int columnOffset = 0)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);

        var links = new List<Positioned<string>>();
        var headings = new List<Positioned<int>>();
        var images = new List<Positioned<string>>();
        var hasRawHtml = false;
        SourceLocation At(MarkdownObject node) => new(path, firstLine + node.Line, node.Column + 1 + columnOffset);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link:
                    links.Add(new(url, At(link)));
                    if (link.IsImage) images.Add(new(AltText(link), At(link)));
                    break;
                case AutolinkInline auto:
                    links.Add(new(auto.Url, At(auto)));
                    break;
                case HeadingBlock heading:
                    headings.Add(new(heading.Level, At(heading)));
                    break;
                case HtmlBlock or HtmlInline:
                    hasRawHtml = true;
                    break;
            }
        }

        var html = RenderHtml(document);
        if (hasRawHtml) html = Sanitize(html);

        var plain = RenderPlain(document);
        var firstParagraph = document.Descendants<ParagraphBlock>().FirstOrDefault() is { } p ? RenderPlain(p) : "";
        return new RenderedMarkdown(new HtmlString(html), plain, Collapse(firstParagraph), CountWords(plain), links, headings, images);
    }

    /// <summary>An image's alt text: the literal text between its brackets.</summary>
    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    private string RenderHtml(MarkdownObject node)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
        _pipeline.Setup(renderer);
        if (renderer.ObjectRenderers.Find<Markdig.Extensions.Tables.HtmlTableRenderer>() is { } tables)
            renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollableTableRenderer(tables));
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }

    private string RenderPlain(MarkdownObject node)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(node);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private string RewriteLink(string url)
    {
        if (!LinkPolicy.IsAllowed(url)) return "#";
        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _basePath + url[1..] : url;
    }

    private static string Sanitize(string html)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer.Sanitize(html);
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    internal static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
