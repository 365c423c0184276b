using RunnersQA.Pages;
using RunnersQA.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RunnersQA.Rendering;

/// <summary>Renders a planned page through its template and the layout. Safe to call from many threads.</summary>
public sealed class PageRenderer(TemplateSet templates, SiteInfo site) : IDisposable
{
    // One context per thread, reused page after page: making one registers every Scriban builtin, which
    // costs about as much as drawing a small page.
    private readonly ThreadLocal<EscapingTemplateContext> _contexts = new(() => new EscapingTemplateContext(templates, site.Strings));

    // Set when a page runs out of time: the build has failed, so the pages still to render stop at once instead
    // of each taking its own full budget.
    private readonly CancellationTokenSource _stop = new();

    public string Render(Page page)
    {
        var context = _contexts.Value!;
        var globals = new ScriptObject { ["site"] = site, ["page"] = page.Info };
        foreach (var (name, value) in page.Values) globals[name] = value;
        context.PushGlobal(globals);
        _stop.Token.ThrowIfCancellationRequested();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        budget.CancelAfter(TimeSpan.FromSeconds(InputLimits.TemplateSecondsPerPage));
        context.CancellationToken = budget.Token;
        try
        {
            var content = RenderTemplate(page.Template, context);
            if (page.Layout is not { } layout) return content;
            globals["content"] = new HtmlString(content);
            return RenderTemplate(layout, context);
        }
        catch
        {
            // A page that failed half-way may leave the context mid-way: the next page on this thread gets a new one.
            _contexts.Value = new EscapingTemplateContext(templates, site.Strings);
            throw;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    public void Dispose()
    {
        _contexts.Dispose();
        _stop.Dispose();
    }

    /// <summary>How a template of the set is named in diagnostics.</summary>
    public string DisplayPath(string name) => templates.DisplayPath(name);

    private string RenderTemplate(string name, TemplateContext context)
    {
        var template = templates.Find(name) ?? throw new InvalidOperationException($"template {name} was not loaded");
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException) when (_stop.IsCancellationRequested)
        {
            throw new OperationCanceledException("another page ran out of time"); // that page is the one reported
        }
        catch (ScriptRuntimeException e)
        {
            if (e is ScriptAbortException) _stop.Cancel();
            var file = e.Span.FileName is { Length: > 0 } f ? f : templates.DisplayPath(name);
            var message = e is ScriptAbortException
                ? $"the template took more than {InputLimits.TemplateSecondsPerPage} s on this page (a loop that never ends?)"
                : e.OriginalMessage;
            throw new TemplateRenderException(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, message, e);
        }
    }
}
