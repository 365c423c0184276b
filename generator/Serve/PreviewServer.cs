using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RunnersQA.Diagnostics;

namespace RunnersQA.Serve;

/// <summary>
/// The HTTP side of <c>serve</c> (Kestrel): the site folder as a static host serves it (folder URLs serve
/// index.html, unknown paths the site's 404.html with status 404), with the live-reload script added to each
/// page, and the live-reload endpoints under <c>/__runnersqa/</c>.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    // Shown until the first good build writes the site's own 404.html; it has a body, so the overlay can open on it.
    private const string NoSiteYet = "<!doctype html><html lang=\"en\"><title>Not found</title><body><h1>Not found</h1></body></html>";

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the site is served, ending with a slash; with port 0, the port the system chose.</summary>
    public Uri Address { get; }

    /// <summary>Cancelled when the host is told to stop (Ctrl+C, SIGTERM).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <param name="listenOn">The address to listen on: http, an IP address or localhost, a port (0 for any free one).</param>
    /// <exception cref="UsageException">The port is in use.</exception>
    public static async Task<PreviewServer> StartAsync(string siteFolder, Uri listenOn, ReloadChannel reload)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(listenOn.GetLeftPart(UriPartial.Authority));
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteFolder);
        app.Map(LiveReloadScript.ScriptPath, branch => branch.Run(ServeScript));
        app.Map(LiveReloadScript.EventsPath, branch => branch.Run(context => StreamEvents(context, reload, app.Lifetime.ApplicationStopping)));
        app.UseMiddleware<LiveReloadInjection>();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.Run(context => NotFound(context, files));

        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            throw new UsageException($"port {listenOn.Port} on {listenOn.Host} is in use; stop the program using it or pass --port with another port");
        }
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PreviewServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static Task ServeScript(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(LiveReloadScript.Source, context.RequestAborted);
    }

    /// <summary>Server-sent events until the page goes away or the server stops.</summary>
    private static async Task StreamEvents(HttpContext context, ReloadChannel reload, CancellationToken stopping)
    {
        // Connect before the headers go out: a client that has them will not miss the next build's event.
        var events = reload.Connect();
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);

            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await foreach (var message in events.ReadAllAsync(done.Token))
            {
                await context.Response.WriteAsync(message, Encoding.UTF8, done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: either way the stream is over.
        }
        finally
        {
            reload.Disconnect(events);
        }
    }

    private static async Task NotFound(HttpContext context, PhysicalFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        // Looked up per request: each build replaces the folder, 404.html included.
        var page = files.GetFileInfo("404.html");
        if (page.Exists) await context.Response.SendFileAsync(page, context.RequestAborted);
        else await context.Response.WriteAsync(NoSiteYet, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
