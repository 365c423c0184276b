using Microsoft.Playwright;

namespace RunnersQA.Tests.Support;

/// <summary>What the /search/ page shows, read as a reader sees it.</summary>
internal static class SearchResults
{
    /// <summary>Waits for results to settle, then reads the answer slugs in order.</summary>
    public static async Task<IReadOnlyList<string>> SlugsAsync(IPage page)
    {
        await page.WaitForSelectorAsync("#search-results li a.result-title");
        await page.WaitForTimeoutAsync(300); // past the debounce, so a late keystroke's results are in
        var hrefs = await page.Locator("#search-results li a.result-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        // A result links to its answer's page, with ?highlight= and at times #section: the slug is the path's last segment.
        return [.. hrefs.Select(h => h.Split('?', '#')[0].TrimEnd('/').Split('/')[^1])];
    }
}
