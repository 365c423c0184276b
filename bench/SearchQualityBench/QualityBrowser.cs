using System.Collections.Concurrent;
using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Bench;

/// <summary>
/// Debian's headless Chromium, driven by Playwright, running one labelled query on one engine of a served site, each in
/// a new browser context (an empty cache), and reading the first results in order.
/// </summary>
public sealed class QualityBrowser : IAsyncDisposable
{
    /// <summary>Our client's results, in order, as absolute URLs.</summary>
    private static readonly string OurResultsScript =
        $"els => els.slice(0, {SearchOutcome.Depth}).map(a => a.href)";

    /// <summary>Pagefind's JS API, as its documentation calls it; <c>data()</c> fetches each result's fragment.</summary>
    private static readonly string PagefindResultsScript = $$"""
        async query => {
          const pf = await import('/{{PagefindIndexer.OutputFolder}}/pagefind.js');
          await pf.options({});
          const r = await pf.search(query);
          const top = await Promise.all(r.results.slice(0, {{SearchOutcome.Depth}}).map(x => x.data()));
          return top.map(x => new URL(x.url, location.href).href);
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private QualityBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<QualityBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await HeadlessChromium.LaunchAsync(playwright);
        return new QualityBrowser(playwright, browser);
    }

    public async Task<SearchOutcome> SearchAsync(Uri site, SearchEngine engine, LabelledQuery query)
    {
        // A new context starts with an empty cache: the results cost what they cost a first-time reader.
        await using var context = await _browser.NewContextAsync();
        var responses = new ConcurrentQueue<IResponse>();
        // The context's responses, not the page's, so that a worker's fetches count too.
        context.Response += (_, response) => responses.Enqueue(response);
        var page = await context.NewPageAsync();

        var urls = engine switch
        {
            SearchEngine.Ours => await OursAsync(page, site, query.Query),
            SearchEngine.Pagefind => await PagefindAsync(page, site, query.Query),
            _ => throw new ArgumentOutOfRangeException(nameof(engine)),
        };

        long bytes = 0;
        foreach (var response in responses)
        {
            var url = new Uri(response.Url);
            if (!Counts(engine, url)) continue;
            if (response.Status != 200) throw new InvalidOperationException($"{engine}: {url.AbsolutePath} answered {response.Status}");
            bytes += ServedSize(await response.BodyAsync());
        }
        return new SearchOutcome(query, engine, [.. urls.Select(u => SlugOf(new Uri(u)))], bytes);
    }

    private static async Task<IReadOnlyList<string>> OursAsync(IPage page, Uri site, string query)
    {
        await page.GotoAsync(new Uri(site, "search/?q=" + Uri.EscapeDataString(query)).AbsoluteUri);
        // The status is written just after the results (or "No answers"), so it marks the first results shown.
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent !== ''");
        var status = await page.TextContentAsync("#search-status") ?? "";
        if (status.StartsWith("Search is not available", StringComparison.Ordinal))
            throw new InvalidOperationException($"our search failed for '{query}': {status}");
        return await page.EvalOnSelectorAllAsync<string[]>("#search-results .result-title", OurResultsScript);
    }

    private static async Task<IReadOnlyList<string>> PagefindAsync(IPage page, Uri site, string query)
    {
        // Any page of the site will do: Pagefind is imported by the script, as a site's own search page would.
        await page.GotoAsync(new Uri(site, "search/").AbsoluteUri);
        return await page.EvaluateAsync<string[]>(PagefindResultsScript, query);
    }

    /// <summary>
    /// What the search needs, client script included; the page's HTML, stylesheet and icon are what any page costs.
    /// Ours: search.&lt;hash&gt;.js and the index under /search/ (not the page /search/ itself). Pagefind: all of /pagefind/.
    /// </summary>
    private static bool Counts(SearchEngine engine, Uri url)
    {
        var path = url.AbsolutePath;
        return engine switch
        {
            SearchEngine.Ours => (path.StartsWith("/assets/search.", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal))
                                 || (path.StartsWith("/search/", StringComparison.Ordinal) && path is not "/search/" and not "/search/index.html"),
            SearchEngine.Pagefind => path.StartsWith("/" + PagefindIndexer.OutputFolder + "/", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>
    /// The local server does not compress, so each body is gzipped here as a static host would serve it. Pagefind's
    /// index files are gzipped already; gzipping them again would only add a header, so a body counts as the smaller
    /// of the two (which, for our JSON and any script, is always the gzipped size).
    /// </summary>
    private static long ServedSize(byte[] body) => Math.Min(body.Length, Gzip.Size(body));

    /// <summary>An answer's slug (the last segment of /answers/&lt;slug&gt;/), or the path of any other page.</summary>
    private static string SlugOf(Uri url)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is [.. var folders, "index.html"]) segments = folders;
        return segments is ["answers", var slug] ? Uri.UnescapeDataString(slug) : url.AbsolutePath;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
