using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace RunnersQA.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, serving a built site as a static host would:
/// folder URLs serve index.html, unknown paths get 404.html with status 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the site is served: the server's root, or the path base, ending with a slash.</summary>
    public Uri Address { get; }

    /// <param name="pathBase">The path the site lives under, as with <c>--base-url https://example.org/qa/</c>:
    /// "/qa/". Requests outside it get the 404 page, as they would on such a host.</param>
    /// <param name="headers">The headers a host would send with a path (netlify.toml's, say), when the test needs them.</param>
    public static async Task<StaticSiteServer> StartAsync(string siteFolder, string pathBase = "/", Func<string, IReadOnlyDictionary<string, string>>? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        if (headers is not null)
            app.Use((context, next) =>
            {
                foreach (var (name, value) in headers(context.Request.Path.Value ?? "/")) context.Response.Headers[name] = value;
                return next(context);
            });
        var files = new PhysicalFileProvider(siteFolder);
        var notFound = files.GetFileInfo("404.html");
        var site = pathBase.TrimEnd('/');
        if (site.Length == 0) ServeFiles(app, files);
        else app.Map(site, branch => ServeFiles(branch, files));
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + site + "/"));
    }

    /// <summary>Folder URLs serve their index.html; files as they are.</summary>
    private static void ServeFiles(IApplicationBuilder app, PhysicalFileProvider files)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // The editor's config.yml, which ASP.NET does not know the type of (static hosts serve it).
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".yml"] = "text/yaml";
        // Pagefind's bundle, which bench/search-quality.sh writes into a built site: its WebAssembly and index files.
        foreach (var pagefind in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            types.Mappings[pagefind] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
