using Microsoft.Playwright;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Browser;

/// <summary>
/// Search on a site with a second taxonomy (tests/Fixtures/taxonomies: <c>levels</c>), in real headless Chromium:
/// its filter is a select of its own, named by its parameter, and filters of two taxonomies narrow together.
/// Expected answers come from the fixture's front matter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaxonomySearchBrowserTests(TaxonomyBrowserSite browser) : IClassFixture<TaxonomyBrowserSite>
{
    private TaxonomyFacts Levels => TaxonomyFacts.Read(browser.Site.Input, "levels");

    private IReadOnlyList<AnswerFacts> Published => browser.Site.Content.Published();

    [Fact]
    public async Task A_level_from_the_url_lists_every_answer_of_that_level_newest_first()
    {
        var levels = Levels;
        var expected = Published.Where(a => levels.Of(a.Slug).Contains("beginner")).Select(a => a.Slug).ToList();
        Assert.True(expected.Count > 1 && expected.Count < Published.Count);

        var (page, errors) = await browser.OpenAsync($"search/?{levels.Term}=beginner");
        Assert.Equal("beginner", await page.InputValueAsync($"#search-form select[name={levels.Term}]"));
        Assert.Equal(expected, await ResultSlugsAsync(page));
        var status = await page.TextContentAsync("#search-status");
        Assert.Contains($"“{levels.TermOf("beginner").Name}”", status);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_tag_and_a_level_together_keep_only_answers_with_both()
    {
        var levels = Levels;
        var (page, errors) = await browser.OpenAsync("search/");
        await page.FillAsync("#search-form input[name=q]", "knee");
        var unfiltered = await ResultSlugsAsync(page);

        // A tag and a level that each narrow the results, and together narrow them further.
        var byTag = Published.SelectMany(a => a.Tags.Select(t => (Tag: t, a.Slug))).ToLookup(x => x.Tag, x => x.Slug);
        var (tag, level) = (from t in byTag.Select(g => g.Key).Order(StringComparer.Ordinal)
                            from l in levels.Terms.Select(l => l.Id)
                            let both = unfiltered.Where(s => byTag[t].Contains(s) && levels.Of(s).Contains(l)).Count()
                            where both > 0 && both < unfiltered.Count(s => byTag[t].Contains(s)) && both < unfiltered.Count(s => levels.Of(s).Contains(l))
                            select (t, l)).First();

        await page.SelectOptionAsync("#search-form select[name=tag]", tag);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results li').length < n", unfiltered.Count);
        var byTagOnly = await ResultSlugsAsync(page);
        await page.SelectOptionAsync($"#search-form select[name={levels.Term}]", level);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results li').length < n", byTagOnly.Count);
        var filtered = await ResultSlugsAsync(page);

        Assert.Equal(unfiltered.Where(s => byTag[tag].Contains(s) && levels.Of(s).Contains(level)).Order(StringComparer.Ordinal),
            filtered.Order(StringComparer.Ordinal));
        Assert.Contains($"tag={tag}", page.Url);
        Assert.Contains($"{levels.Term}={level}", page.Url);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_result_links_its_level_to_the_levels_term_page()
    {
        var levels = Levels;
        var (page, errors) = await browser.OpenAsync($"search/?{levels.Term}=advanced");
        var slug = Assert.Single(await ResultSlugsAsync(page));
        var links = await page.Locator($"#search-results li .result-{levels.Key} a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent)");
        Assert.Equal(levels.Of(slug).Select(l => $"/{levels.Path}{l}/ {levels.TermOf(l).Name}"), links);
        var tags = await page.Locator("#search-results li .result-tags a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(browser.Site.Content.Answers.Single(a => a.Slug == slug).Tags.Select(t => $"/tags/{t}/"), tags);
        Assert.Empty(errors);
    }

    private static Task<IReadOnlyList<string>> ResultSlugsAsync(IPage page) => SearchResults.SlugsAsync(page);
}
