using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Browser;

/// <summary>
/// What a reader's query finds, in real headless Chromium, on the sample site with a crowd of answers that share its
/// common words (<see cref="ReaderSearchSite"/>): common words together, typos in the first letters, joined and split
/// words, synonyms, sections, highlighting, the newest-first order, the header's combobox and the ask page's suggestions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderSearchBrowserTests(ReaderSearchSite browser) : IClassFixture<ReaderSearchSite>
{
    [Theory]
    [InlineData("sore legs after running downhill", ReaderSearchSite.CommonWords)] // every word common
    [InlineData("ramstrings", "hamstrings-always-feel-tight")]                    // the first letter wrong
    [InlineData("amstrings", "hamstrings-always-feel-tight")]                     // the first letter left out
    [InlineData("achilels stiff", "achilles-stiff-at-the-start-of-runs")]         // the last letters swapped
    [InlineData("shinsplints", "shin-splints-after-increasing-mileage")]          // two words joined
    [InlineData("black toe nails", ReaderSearchSite.Toenails)]                    // one word split
    [InlineData("mtss", "shin-splints-after-increasing-mileage")]                 // a synonym (synonyms.yml) the answer never uses
    [InlineData("doms after marathon", ReaderSearchSite.DelayedSoreness)]
    [InlineData("what should i eat before a long run", "what-to-eat-before-a-long-run")] // a question with stop words
    public async Task The_answer_a_reader_means_comes_first(string query, string expected)
    {
        var (page, errors) = await browser.OpenAsync("search/?q=" + Uri.EscapeDataString(query));
        Assert.Equal(expected, (await ResultSlugsAsync(page))[0]);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Common_words_fetch_the_later_blocks_of_their_postings()
    {
        var (page, errors) = await browser.OpenAsync("");
        var fetched = new List<string>();
        page.Response += (_, response) => fetched.Add(response.Url);
        await page.GotoAsync(new Uri(browser.Address, "search/?q=" + Uri.EscapeDataString("sore legs after running downhill")).AbsoluteUri);
        Assert.Equal(ReaderSearchSite.CommonWords, (await ResultSlugsAsync(page))[0]);
        Assert.Contains(fetched, url => url.Contains("/search/b/", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_result_links_to_the_section_that_matched_and_the_answer_highlights_the_words()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=snap");
        await ResultSlugsAsync(page);
        var section = page.Locator("#search-results li").First.Locator(".result-section a");
        var href = await section.GetAttributeAsync("href");
        Assert.Equal("/answers/achilles-stiff-at-the-start-of-runs/?highlight=snap#is-it-going-to-snap", href);

        var navigated = page.WaitForURLAsync(url => url.EndsWith("#is-it-going-to-snap", StringComparison.Ordinal));
        await section.ClickAsync();
        await navigated;
        await page.WaitForSelectorAsync("main article mark.search-hit");
        var marks = await page.Locator("main article mark.search-hit").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("snap", m.ToLowerInvariant()));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Newest_first_lists_the_answers_with_every_word_by_date()
    {
        var (page, errors) = await browser.OpenAsync("search/?q=knee&sort=newest");
        Assert.Equal("newest", await page.InputValueAsync("#search-form select[name=sort]"));
        var slugs = await ResultSlugsAsync(page);
        var dates = browser.Site.Content.Published().ToDictionary(a => a.Slug, a => a.Date);
        Assert.True(slugs.Count > 1);
        Assert.Equal(slugs.OrderByDescending(s => dates[s]), slugs);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_search_page_has_one_box_and_no_key_hint_on_a_touch_screen()
    {
        var (page, errors) = await browser.OpenAsync("search/", touch: true);
        Assert.Equal(0, await page.Locator(".site-search").CountAsync());
        Assert.Equal(1, await page.Locator("input[name=q]").CountAsync());
        Assert.False(await page.Locator("#search-hint .key-hint").IsVisibleAsync());
        var (desktop, _) = await browser.OpenAsync("search/", width: 1280);
        Assert.True(await desktop.Locator("#search-hint .key-hint").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_header_box_is_a_combobox_of_live_results_driven_by_the_keyboard()
    {
        var (page, errors) = await browser.OpenAsync("", width: 1280);
        var box = page.Locator("#site-search-q");
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        var listbox = page.Locator("#" + await box.GetAttributeAsync("aria-controls"));
        Assert.Equal("listbox", await listbox.GetAttributeAsync("role"));

        await box.FillAsync("hamstrings");
        await page.WaitForSelectorAsync("[role=listbox]:not([hidden]) [role=option]");
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        var options = listbox.Locator("[role=option]");
        Assert.True(await options.CountAsync() >= 2);
        Assert.Contains("hamstrings", (await options.First.TextContentAsync() ?? "").ToLowerInvariant());

        await box.PressAsync("ArrowDown");
        var first = await options.First.GetAttributeAsync("id");
        Assert.Equal(first, await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await options.First.GetAttributeAsync("aria-selected"));
        Assert.Equal("site-search-q", await page.EvaluateAsync<string>("document.activeElement.id")); // focus stays in the box

        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));

        await box.PressAsync("ArrowDown");
        await box.PressAsync("ArrowDown");
        var navigated = page.WaitForURLAsync(url => url.Contains("/answers/", StringComparison.Ordinal));
        await box.PressAsync("Enter");
        await navigated;
        Assert.Contains("highlight=", page.Url);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Enter_with_no_option_chosen_opens_the_search_page()
    {
        var (page, errors) = await browser.OpenAsync("");
        await page.FillAsync("#site-search-q", "knee");
        await page.WaitForSelectorAsync("[role=listbox]:not([hidden]) [role=option]");
        var navigated = page.WaitForURLAsync(url => url.Contains("/search/?q=knee", StringComparison.Ordinal));
        await page.PressAsync("#site-search-q", "Enter");
        await navigated;
        Assert.Equal("knees-sore-a-few-miles-in", (await ResultSlugsAsync(page))[0]);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_ask_page_suggests_answers_like_the_question_being_written()
    {
        var (page, errors) = await browser.OpenAsync("ask/");
        var panel = page.Locator("#ask-suggestions");
        Assert.False(await panel.IsVisibleAsync());
        await page.FillAsync("#ask-question", "What should I eat before my long runs at the weekend?");
        await page.WaitForSelectorAsync("#ask-suggestions:not([hidden]) li a");
        var links = await panel.Locator("li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.InRange(links.Length, 1, 3);
        Assert.StartsWith("/answers/what-to-eat-before-a-long-run/", links[0]);
        Assert.Equal("Has this been answered?", await panel.Locator("h2").TextContentAsync());
        Assert.Empty(errors);
    }

    /// <summary>axe-core (npm, pinned in package.json), run on the live widgets as a screen reader meets them.</summary>
    private static readonly string Axe = Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [InlineData("", "#site-search-q", "hamstrings", "[role=listbox]:not([hidden]) [role=option]")] // the header's open combobox
    [InlineData("search/", "#search-q", "knee", "#search-results li .result-section")]          // results with a section
    [InlineData("ask/", "#ask-question", "What should I eat before my long runs?", "#ask-suggestions:not([hidden]) li")]
    public async Task Axe_finds_nothing_wrong_with_the_search_widgets_in_use(string path, string box, string typed, string shown)
    {
        Assert.True(File.Exists(Axe), $"{Axe} is missing: run `npm ci` in the repository first");
        foreach (var width in new[] { 390, 1280 })
        {
            var (page, errors) = await browser.OpenAsync(path, width);
            await page.FillAsync(box, typed);
            await page.WaitForSelectorAsync(shown);
            if (box == "#site-search-q") await page.PressAsync(box, "ArrowDown");
            await page.AddScriptTagAsync(new() { Path = Axe });
            var violations = await page.EvaluateAsync<string[]>("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                  .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
                """);
            Assert.Empty(violations);
            Assert.Empty(errors);
        }
    }

    private static Task<IReadOnlyList<string>> ResultSlugsAsync(IPage page) => SearchResults.SlugsAsync(page);
}
