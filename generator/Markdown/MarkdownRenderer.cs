using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
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
    /// <param name="bag">Where a text past <see cref="MarkdownLimits"/> is reported; such a text renders as nothing.</param>
    /// <param name="localImage">
    /// What an image with a relative path is published as, given the path as written and where it stands; null
    /// when it cannot be (the resolver has reported why). Left out, such images are kept as written.
    /// </param>
    public RenderedMarkdown Render(string markdown, string path, int firstLine, DiagnosticBag bag, int columnOffset = 0,
        Func<string, SourceLocation, LocalImage?>? localImage = null)
    {
        if (MarkdownLimits.Find(markdown) is { } over)
        {
            bag.Error(new SourceLocation(path, firstLine + over.Line, over.Column + (over.Line == 0 ? columnOffset : 0)), DiagnosticCode.OverLimit, over.Message, over.Hint);
            return RenderedMarkdown.Empty;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's own depth limit, for nesting the scan above does not see.
            bag.Error(new SourceLocation(path, firstLine, 1 + columnOffset), DiagnosticCode.OverLimit,
                "the Markdown is nested too deeply to read (quotes, lists, links or emphasis inside one another)",
                "take out the extra nesting: close each bracket and emphasis, and keep lists to a few levels");
            return RenderedMarkdown.Empty;
        }

        var links = new List<Positioned<string>>();
        var headings = new List<Positioned<int>>();
        var images = new List<Positioned<string>>();
        var hasRawHtml = false;
        SourceLocation At(MarkdownObject node) => new(path, firstLine + node.Line, node.Column + 1 + columnOffset);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url, IsImage: true } image when localImage is not null && IsRelative(url):
                    images.Add(new(AltText(image), At(image)));
                    if (localImage(url, At(image)) is not { } published) break;
                    image.Url = published.Url;
                    links.Add(new(published.Url, At(image)));
                    var attributes = image.GetAttributes();
                    if (published is { Width: { } width, Height: { } height })
                    {
                        attributes.AddPropertyIfNotExist("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        attributes.AddPropertyIfNotExist("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                    attributes.AddPropertyIfNotExist("loading", "lazy");
                    attributes.AddPropertyIfNotExist("decoding", "async");
                    break;
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
        return new RenderedMarkdown(html, plain, Collapse(firstParagraph), CountWords(plain), links, headings, images)
        {
            Sections = Sections(document),
        };
    }

    /// <summary>Each level-2 heading with an id, and the start of the plain text of the blocks up to the next one.</summary>
    private List<BodySection> Sections(MarkdownDocument document)
    {
        var sections = new List<BodySection>();
        HeadingBlock? open = null;
        var text = new System.Text.StringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading && heading.GetAttributes().Id is { Length: > 0 })
            {
                Close();
                open = heading;
                continue;
            }
            if (open is not null && text.Length < BodySection.MaxText) text.Append(RenderPlain(block)).Append(' ');
        }
        Close();
        return sections;

        void Close()
        {
            if (open is null) return;
            var start = Collapse(text.ToString());
            sections.Add(new BodySection(open.GetAttributes().Id!, Collapse(RenderPlain(open)), CutAtWord(start, BodySection.MaxText)));
            text.Clear();
        }
    }

    private static string CutAtWord(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var space = text.LastIndexOf(' ', maxLength);
        return text[..(space > maxLength / 2 ? space : maxLength)];
    }

    /// <summary>A path relative to the file: no scheme, not from the site's root, not a fragment or query alone.</summary>
    private static bool IsRelative(string url) =>
        url.Length > 0 && url[0] is not ('/' or '#' or '?' or '\\') && !Uri.TryCreate(url, UriKind.Absolute, out _) && !url.Contains(':', StringComparison.Ordinal);

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
