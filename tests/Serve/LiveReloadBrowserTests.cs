using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Serve;

/// <summary>live.js in real headless Chromium: the problems overlay appears on a broken build and goes on the fix.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadBrowserTests
{
    private const float Timeout = 10_000;

    [Fact]
    public async Task A_broken_build_shows_the_problems_over_the_page_and_the_fix_reloads_it_away()
    {
        await using var served = await ServedSite.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(served.Session.Address, ServedSite.AnswerPage).AbsoluteUri);
        // No need to wait for live.js to connect: a stream opened after the failure gets the problems at once.
        var good = served.Site.Replace(ServedSite.AnswerFile, $"title: {ServedSite.Title}\n", "");
        var overlay = page.Locator("[role=alertdialog]");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
        Assert.Equal("Build problems", await overlay.GetAttributeAsync("aria-label"));
        var text = await overlay.InnerTextAsync();
        Assert.Contains($"{ServedSite.AnswerFile}:", text, StringComparison.Ordinal);
        Assert.Contains("RQA002", text, StringComparison.Ordinal);
        Assert.Contains("hint: ", text, StringComparison.Ordinal);
        Assert.Equal(1, await overlay.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close" }).CountAsync());
        Assert.Contains(ServedSite.Title, await page.TitleAsync(), StringComparison.Ordinal);

        served.Site.WriteInput(ServedSite.AnswerFile, $"---\ntitle: {ServedSite.Title}\n" + good["---\n".Length..]);
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = Timeout });
        Assert.Contains(ServedSite.Title, await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
