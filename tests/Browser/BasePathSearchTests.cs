using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Browser;

/// <summary>Search works when the site lives under a path: every request stays under it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BasePathSearchTests(BasePathBrowserSite browser) : IClassFixture<BasePathBrowserSite>
{
    [Fact]
    public async Task Header_search_leads_to_results_under_the_base_path_and_a_result_opens()
    {
        Assert.EndsWith("/qa/", browser.Address.AbsolutePath, StringComparison.Ordinal);
        var (page, errors) = await browser.OpenAsync("");
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.FillAsync(".site-search input[name=q]", "knee");
        await page.PressAsync(".site-search input[name=q]", "Enter");
        await page.WaitForSelectorAsync("#search-results li a.result-title");
        var href = await page.Locator("#search-results li a.result-title").First.GetAttributeAsync("href");
        // The answer, asked to highlight the matched term.
        Assert.Equal("/qa/answers/knees-sore-a-few-miles-in/?highlight=knee", href);

        // Waiting starts before the click: a local server can finish the navigation before a wait set up afterwards.
        var navigated = page.WaitForURLAsync(url => url.EndsWith(href!, StringComparison.Ordinal));
        await page.Locator("#search-results li a.result-title").First.ClickAsync();
        await navigated;

        Assert.Contains(requests, r => r.Contains("/qa/search/s/", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("/qa/search/d/", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.StartsWith(browser.Address.AbsoluteUri, r, StringComparison.Ordinal));
        Assert.Empty(errors);
    }
}
