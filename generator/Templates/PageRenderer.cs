using RunnersQA.Content;
using RunnersQA.Pages;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RunnersQA.Templates;

/// <summary>Renders a planned page through its template and the layout. Safe to call from many threads.</summary>
public sealed class PageRenderer(TemplateSet templates, SiteInfo site)
{
    public string Render(Page page)
    {
        var context = new EscapingTemplateContext(templates);
        var globals = new ScriptObject { ["site"] = site, ["page"] = page.Info };
        foreach (var (name, value) in page.Values) globals[name] = value;
        context.PushGlobal(globals);

        globals["content"] = new HtmlString(RenderTemplate(page.Template, context));
        return RenderTemplate(TemplateSet.Layout, context);
    }

    private string RenderTemplate(string name, TemplateContext context)
    {
        var template = templates.Find(name) ?? throw new InvalidOperationException($"template {name} was not loaded");
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var file = e.Span.FileName is { Length: > 0 } f ? f : templates.DisplayPath(name);
            throw new TemplateRenderException(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage, e);
        }
    }
}
