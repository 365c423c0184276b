using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Browser;

/// <summary>
/// search.js in the site's language, in Chromium: its status line, the header's suggestions and the results' dates
/// come from the theme's German strings and the browser's Intl, not from English in the script.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageBrowserTests(GermanSite browser) : IClassFixture<GermanSite>
{
    [Fact]
    public async Task The_search_page_counts_and_dates_its_results_in_German()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=knee");
        await page.WaitForSelectorAsync("#search-results .result");
        var status = await page.TextContentAsync("#search-status");
        Assert.Matches(@"^\d+ Antworten für „knee“$", status);
        var date = await page.TextContentAsync("#search-results .result-meta time");
        Assert.Matches(@"^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$", date);

        await page.FillAsync("#search-q", "zzzzqqq");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('Keine')");
        Assert.Equal("Keine Antworten für „zzzzqqq“", await page.TextContentAsync("#search-status"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_header_suggestions_speak_German_to_screen_readers()
    {
        var (page, errors) = await browser.OpenAsync("", width: 1280);
        await page.FillAsync("#site-search-q", "knee");
        await page.WaitForSelectorAsync(".search-popup:not([hidden]) .search-option-all");
        Assert.Matches(@"^Alle \d+ Antworten für „knee“$", (await page.TextContentAsync(".search-option-all"))!.Trim());
        Assert.Equal("Antworten", await page.GetAttributeAsync(".search-popup", "aria-label"));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.site-search [role=status]')].some(s => s.textContent.includes('Vorschl'))");
        Assert.Empty(errors);
    }
}
