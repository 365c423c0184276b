using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace RunnersQA.Serve;

/// <summary>
/// Middleware that adds the live-reload script tag to every HTML response on its way out, so the built
/// files stay exactly what <c>build</c> writes. Every response also gets <c>Cache-Control: no-cache</c>:
/// a reload must fetch a changed stylesheet, not reuse a cached one.
/// </summary>
public sealed class LiveReloadInjection(RequestDelegate next)
{
    private const string BodyEnd = "</body>";

    public async Task InvokeAsync(HttpContext context)
    {
        // A range of an HTML file would not line up with the injected body; previews always get whole files.
        context.Request.Headers.Remove(HeaderNames.Range);

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Response.Headers.CacheControl = "no-cache";
        var body = buffer.ToArray();
        if (body.Length == 0) return; // HEAD, 304: the headers already describe the file
        if (IsHtml(context.Response.ContentType)) body = Inject(body);
        context.Response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    private static byte[] Inject(byte[] body)
    {
        var html = Encoding.UTF8.GetString(body);
        var end = html.LastIndexOf(BodyEnd, StringComparison.OrdinalIgnoreCase);
        var injected = end < 0 ? html + LiveReloadScript.Tag : html.Insert(end, LiveReloadScript.Tag);
        return Encoding.UTF8.GetBytes(injected);
    }
}
