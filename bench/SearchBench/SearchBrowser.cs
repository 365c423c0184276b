using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Bench;

/// <summary>Debian's headless Chromium, driven by Playwright, running queries on a served site's /search/ page.</summary>
public sealed partial class SearchBrowser : IAsyncDisposable
{
    /// <summary>Warm re-runs per query; the median is reported, so one garbage collection does not decide it.</summary>
    public const int WarmRuns = 5;

    /// <summary>
    /// Re-runs the query with everything cached and returns the milliseconds until the page shows it. Submit runs
    /// at once (typing waits out a 120 ms debounce first). The client sets the status right after rendering the
    /// results, in the same task, so a non-empty status means the new results (or "No answers") are on the page.
    /// </summary>
    private const string WarmRunScript = """
        async query => {
          const form = document.getElementById('search-form');
          const status = document.getElementById('search-status');
          form.elements.q.value = query;
          document.getElementById('search-results').replaceChildren();
          status.textContent = '';
          const shown = new Promise(resolve => new MutationObserver((_, observer) => {
            if (status.textContent) { observer.disconnect(); resolve(performance.now()); }
          }).observe(status, { childList: true, characterData: true, subtree: true }));
          const start = performance.now();
          form.dispatchEvent(new Event('submit', { cancelable: true }));
          return (await shown) - start;
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private SearchBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    private enum Fetched { Client, Manifest, Shard, Fragment }

    public static async Task<SearchBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await HeadlessChromium.LaunchAsync(playwright);
        return new SearchBrowser(playwright, browser);
    }

    public async Task<QueryMeasurement> MeasureAsync(Uri site, string query)
    {
        // A new context starts with an empty cache: the first results cost what they cost a first-time reader.
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync(new Uri(site, "search/?q=" + Uri.EscapeDataString(query)).AbsoluteUri);
        // The status is written just after the results (or "No answers"), so it marks the first results shown.
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent !== ''");
        var results = ResultCount(await page.TextContentAsync("#search-status") ?? "");

        // The local server does not compress, so each body is gzipped here as a static host would serve it.
        var fetched = new List<(Fetched Kind, long Gzip)>();
        foreach (var response in responses)
            if (KindOf(new Uri(response.Url)) is { } kind) fetched.Add((kind, Gzip.Size(await response.BodyAsync())));

        var warm = new List<double>();
        for (var run = 0; run < WarmRuns; run++) warm.Add(await page.EvaluateAsync<double>(WarmRunScript, query));

        return new QueryMeasurement(query, results, Bytes(Fetched.Client), Bytes(Fetched.Manifest), Count(Fetched.Shard), Bytes(Fetched.Shard),
            Count(Fetched.Fragment), Bytes(Fetched.Fragment), Statistics.Median(warm));

        long Bytes(Fetched kind) => fetched.Where(f => f.Kind == kind).Sum(f => f.Gzip);
        int Count(Fetched kind) => fetched.Count(f => f.Kind == kind);
    }

    /// <summary>What the search needs; the page's HTML, stylesheet and icon are what any page costs.</summary>
    private static Fetched? KindOf(Uri url) => url.AbsolutePath switch
    {
        var path when path.StartsWith("/assets/search.", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) => Fetched.Client,
        var path when path.StartsWith("/search/manifest.", StringComparison.Ordinal) => Fetched.Manifest,
        // Shard lists, shards and posting blocks: the index a query reads between the manifest and the fragments.
        var path when path.StartsWith("/search/l/", StringComparison.Ordinal) || path.StartsWith("/search/s/", StringComparison.Ordinal)
                      || path.StartsWith("/search/b/", StringComparison.Ordinal) => Fetched.Shard,
        var path when path.StartsWith("/search/d/", StringComparison.Ordinal) => Fetched.Fragment,
        _ => null,
    };

    /// <summary>"12 answers for “knee”" is 12, "No answers for …" is 0; anything else is a failed search.</summary>
    private static int ResultCount(string status)
    {
        if (status.StartsWith("No answers", StringComparison.Ordinal)) return 0;
        var count = AnswerCount().Match(status);
        return count.Success ? int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"the search failed: {status}");
    }

    [GeneratedRegex(@"^(\d+)\+? answers? ")]
    private static partial Regex AnswerCount();

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
