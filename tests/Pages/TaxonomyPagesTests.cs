using System.Globalization;
using System.Text.RegularExpressions;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// A second taxonomy (tests/Fixtures/taxonomies: <c>levels</c>, declared in site.yml) gets what tags get, from the
/// same code: an index with counts, paginated term pages, its terms on answer pages and in JSON-LD keywords.
/// Expected values come from the fixture's files, read with the test's own YAML parser.
/// </summary>
public sealed partial class TaxonomyPagesTests(TaxonomySiteFixture fixture) : IClassFixture<TaxonomySiteFixture>
{
    [GeneratedRegex(@"\b(\d+)\s+answers?\b")]
    private static partial Regex CountPattern();

    private TaxonomyFacts Levels => fixture.Levels;

    private string Folder => "/" + Levels.Path;

    [Fact]
    public void The_build_is_clean()
    {
        _ = fixture.Built;
        Assert.Empty(fixture.Result.Diagnostics);
    }

    [Fact]
    public void The_index_lists_each_term_in_use_with_its_count_largest_first()
    {
        var page = fixture.Built.Page(Levels.Path + "index.html");
        Assert.Equal(Levels.Name, BuiltSite.TextOf(page.QuerySelector("h1")!));
        var shown = page.QuerySelectorAll($"main li a[href^='{Folder}']").Select(link =>
        {
            var item = link.Closest("li")!;
            var count = CountPattern().Match(BuiltSite.TextOf(item).Replace(BuiltSite.TextOf(link), "", StringComparison.Ordinal));
            Assert.True(count.Success, BuiltSite.TextOf(item));
            return (Id: link.GetAttribute("href")![Folder.Length..].TrimEnd('/'), Name: BuiltSite.TextOf(link),
                Count: int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture));
        }).ToList();

        var expected = Levels.Counts(fixture.Content.Published());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), shown.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(shown, s => Assert.Equal((expected[s.Id], Levels.TermOf(s.Id).Name), (s.Count, s.Name)));
        Assert.True(shown.Select(s => s.Count).Distinct().Count() > 1, "the fixture's levels should differ in size, or order proves nothing");
        Assert.Equal(shown.Select(s => s.Count).OrderDescending(), shown.Select(s => s.Count));
    }

    [Fact]
    public void Each_term_page_lists_exactly_its_answers_across_its_pages_newest_first()
    {
        var content = fixture.Content;
        var counts = Levels.Counts(content.Published());
        Assert.Contains(counts.Values, c => c > content.Site.PerPage); // so pagination is exercised
        foreach (var (id, count) in counts)
        {
            var expected = content.Published().Where(a => Levels.Of(a.Slug).Contains(id)).Select(a => $"/answers/{a.Slug}/").ToList();
            var listed = new List<string>();
            var file = $"{Levels.Path}{id}/index.html";
            var pages = 0;
            while (true)
            {
                var page = fixture.Built.Page(file);
                pages++;
                Assert.Equal(Levels.TermOf(id).Name, BuiltSite.TextOf(page.QuerySelector("h1")!).Split(',')[0]);
                if (Levels.TermOf(id).Description.Length > 0) Assert.Contains(Levels.TermOf(id).Description, BuiltSite.TextOf(page.QuerySelector("main")!));
                Assert.Equal(Folder, page.QuerySelector("main .kicker a")?.GetAttribute("href"));
                var onPage = BuiltSite.Hrefs(page, "main a[href^='/answers/']");
                Assert.InRange(onPage.Count, 1, content.Site.PerPage);
                listed.AddRange(onPage);
                var next = page.QuerySelector("main a[rel~=next]")?.GetAttribute("href");
                if (next is null) break;
                Assert.StartsWith($"{Folder}{id}/page/", next, StringComparison.Ordinal);
                file = BuiltSite.FileFor(next);
            }
            Assert.Equal((count + content.Site.PerPage - 1) / content.Site.PerPage, pages);
            Assert.Equal(expected, listed);
        }
    }

    [Fact]
    public void A_term_no_answer_has_gets_no_page()
    {
        var unused = Levels.Terms.Select(t => t.Id).Except(Levels.Counts(fixture.Content.Published()).Keys).ToList();
        Assert.NotEmpty(unused);
        Assert.All(unused, id => Assert.False(fixture.Built.Exists($"{Levels.Path}{id}/index.html"), id));
    }

    [Fact]
    public void Tags_keep_their_pages_beside_the_second_taxonomy()
    {
        foreach (var (id, _) in fixture.Content.TagCounts())
            Assert.Equal(fixture.Content.Tag(id).Name, BuiltSite.TextOf(fixture.Built.Page($"tags/{id}/index.html").QuerySelector("h1")!).Split(',')[0]);
        Assert.Equal("Tags", BuiltSite.TextOf(fixture.Built.Page("tags/index.html").QuerySelector("h1")!));
    }

    [Fact]
    public void An_answer_page_links_its_terms_of_every_taxonomy()
    {
        foreach (var answer in fixture.Content.Published())
        {
            var page = fixture.Built.Page($"answers/{answer.Slug}/index.html");
            var links = BuiltSite.Hrefs(page, "main a");
            Assert.All(answer.Tags, id => Assert.Contains($"/tags/{id}/", links));
            Assert.All(Levels.Of(answer.Slug), id => Assert.Contains($"{Folder}{id}/", links));
            Assert.DoesNotContain(links, l => l.StartsWith(Folder, StringComparison.Ordinal) && !Levels.Of(answer.Slug).Any(id => l == $"{Folder}{id}/"));
        }
    }

    [Fact]
    public void With_two_taxonomies_an_answer_page_names_each_list_of_terms()
    {
        foreach (var answer in fixture.Content.Published().Where(a => Levels.Of(a.Slug).Any()))
        {
            var page = fixture.Built.Page($"answers/{answer.Slug}/index.html");
            var lists = page.QuerySelectorAll("main header ul.tags");
            Assert.Equal(["Tags", Levels.Name], lists.Select(l => l.GetAttribute("aria-label")));
            Assert.Equal(["Tags", Levels.Name], page.QuerySelectorAll("main header .tags-label").Select(BuiltSite.TextOf));
            Assert.Equal(Levels.Of(answer.Slug).Select(id => Levels.TermOf(id).Name), lists[1].QuerySelectorAll("a").Select(BuiltSite.TextOf));
        }
    }

    [Fact]
    public void Json_ld_keywords_are_the_names_of_every_taxonomys_terms_tags_first()
    {
        foreach (var answer in fixture.Content.Published())
        {
            var article = Assert.Single(BuiltSite.JsonLd(fixture.Built.Page($"answers/{answer.Slug}/index.html"))).RootElement.GetProperty("mainEntity");
            var expected = answer.Tags.Select(t => fixture.Content.Tag(t).Name).Concat(Levels.Of(answer.Slug).Select(l => Levels.TermOf(l).Name));
            Assert.Equal(expected, article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        }
    }

    [Fact]
    public void The_search_page_has_a_filter_for_each_taxonomy_with_its_terms_in_use()
    {
        var page = fixture.Built.Page("search/index.html");
        var tags = page.QuerySelectorAll("#search-form select[name=tag] option").Select(o => o.GetAttribute("value")).Where(v => v != "");
        Assert.Equal(fixture.Content.TagCounts().Keys.Order(StringComparer.Ordinal), tags.Order(StringComparer.Ordinal));
        var levels = page.QuerySelectorAll($"#search-form select[name={Levels.Term}] option").ToList();
        Assert.Equal("", levels[0].GetAttribute("value"));
        var counts = Levels.Counts(fixture.Content.Published());
        Assert.Equal(counts.Keys.Order(StringComparer.Ordinal), levels.Skip(1).Select(o => o.GetAttribute("value")!).Order(StringComparer.Ordinal));
        Assert.All(levels.Skip(1), o => Assert.Equal($"{Levels.TermOf(o.GetAttribute("value")!).Name} ({counts[o.GetAttribute("value")!]})", o.TextContent));
        // One select per taxonomy, in order, then the order of results.
        Assert.Equal(["search-tag", $"search-{Levels.Term}", "search-sort"], page.QuerySelectorAll("#search-form select").Select(s => s.Id));
        Assert.All(page.QuerySelectorAll("#search-form select"), s => Assert.NotNull(page.QuerySelector($"label[for={s.Id}]")));
    }

    [Fact]
    public void The_sitemap_lists_the_taxonomy_pages()
    {
        var locs = fixture.Built.Xml("sitemap.xml").Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToHashSet();
        Assert.Contains(new Uri(fixture.Content.Site.BaseUrl, Levels.Path).AbsoluteUri, locs);
        foreach (var id in Levels.Counts(fixture.Content.Published()).Keys)
            Assert.Contains(new Uri(fixture.Content.Site.BaseUrl, $"{Levels.Path}{id}/").AbsoluteUri, locs);
    }
}
