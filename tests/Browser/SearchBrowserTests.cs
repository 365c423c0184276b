using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Browser;

/// <summary>
/// Search as a reader uses it: the sample site served over HTTP, typed into in real headless Chromium.
/// Expected answers come from the content (slugs, tags), never from a previous run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private const string KneeAnswer = "knees-sore-a-few-miles-in";
    private const string HamstringAnswer = "hamstrings-always-feel-tight";

    [Fact]
    public async Task Typing_knee_shows_the_knee_soreness_answer_first()
    {
        var (page, errors) = await browser.OpenAsync("search/");
        await page.FillAsync("#search-form input[name=q]", "knee");

        var first = await FirstResultSlugAsync(page);
        Assert.Equal(KneeAnswer, first);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_misspelt_word_still_finds_its_answer()
    {
        var (page, errors) = await browser.OpenAsync("search/");
        await page.FillAsync("#search-form input[name=q]", "hamstirng");

        var slugs = await ResultSlugsAsync(page);
        Assert.Contains(HamstringAnswer, slugs);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_tag_filter_keeps_only_answers_with_that_tag()
    {
        var facts = browser.Site.Content;
        var (page, errors) = await browser.OpenAsync("search/");
        await page.FillAsync("#search-form input[name=q]", "run");
        var unfiltered = await ResultSlugsAsync(page);

        // A tag that some but not all of the unfiltered results carry, so the filter must narrow.
        var byTag = facts.Published().SelectMany(a => a.Tags.Select(t => (Tag: t, a.Slug))).ToLookup(x => x.Tag, x => x.Slug);
        var tag = byTag.Select(g => g.Key).Order(StringComparer.Ordinal)
            .First(t => unfiltered.Any(s => byTag[t].Contains(s)) && unfiltered.Any(s => !byTag[t].Contains(s)));

        await page.SelectOptionAsync("#search-form select[name=tag]", tag);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results li').length < n", unfiltered.Count);
        var filtered = await ResultSlugsAsync(page);

        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < unfiltered.Count);
        Assert.All(filtered, slug => Assert.Contains(slug, byTag[tag]));
        Assert.Contains($"tag={tag}", page.Url);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_url_carries_the_query_and_restores_it()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=knee");

        Assert.Equal("knee", await page.InputValueAsync("#search-form input[name=q]"));
        Assert.Equal(KneeAnswer, await FirstResultSlugAsync(page));

        await page.FillAsync("#search-form input[name=q]", "hamstring");
        await page.WaitForURLAsync(url => url.Contains("q=hamstring", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Results_highlight_the_match_and_name_the_expert()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=knee");
        await FirstResultSlugAsync(page);

        var marks = await page.Locator("#search-results li").First.Locator("mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("knee", m, StringComparison.OrdinalIgnoreCase));
        var expert = browser.Site.Content.Expert(browser.Site.Content.Published().Single(a => a.Slug == KneeAnswer).Expert).Name;
        Assert.Contains(expert, await page.Locator("#search-results li").First.TextContentAsync() ?? "");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_and_the_header_form_leads_to_results()
    {
        var (page, errors) = await browser.OpenAsync("");
        await page.Keyboard.PressAsync("/");
        var focused = await page.EvaluateAsync<string>("document.activeElement && document.activeElement.getAttribute('name')");
        Assert.Equal("q", focused);

        await page.Keyboard.TypeAsync("knee");
        // Waiting starts before the key goes down: a local server can finish the navigation before a wait set up afterwards.
        var navigated = page.WaitForURLAsync(url => url.Contains("/search/", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal(KneeAnswer, await FirstResultSlugAsync(page));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Arrow_keys_move_through_results_and_enter_opens_one()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=knee");
        var first = await FirstResultSlugAsync(page);

        await page.FocusAsync("#search-form input[name=q]");
        await page.Keyboard.PressAsync("ArrowDown");
        var focusedHref = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        Assert.StartsWith($"/answers/{first}/?", focusedHref);

        var navigated = page.WaitForURLAsync(url => url.Contains($"/answers/{first}/?", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Once_its_shards_are_loaded_a_keystroke_updates_results_without_waiting_for_a_pause()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=knee");
        await FirstResultSlugAsync(page);

        // Timers stop: a debounced search would never run; one answered from cached shards still does.
        await page.Clock.InstallAsync();
        await page.Clock.PauseAtAsync(DateTime.UtcNow.AddMinutes(1));
        await page.FillAsync("#search-form input[name=q]", "kne");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('“kne”')", null,
            new() { Timeout = 5000 });
        Assert.Empty(errors);
    }

    private static async Task<string> FirstResultSlugAsync(IPage page) => (await ResultSlugsAsync(page))[0];

    private static Task<IReadOnlyList<string>> ResultSlugsAsync(IPage page) => SearchResults.SlugsAsync(page);
}
