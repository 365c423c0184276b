using System.Text.RegularExpressions;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>/tags/ and /tags/&lt;id&gt;/: counts and lists match the answers' front matter.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class TagPagesTests(SampleSiteFixture sample)
{
    [GeneratedRegex(@"\b(\d+)\s+answers?\b")]
    private static partial Regex CountPattern();

    /// <summary>The tags index as (tag id, name shown, count shown), in page order.</summary>
    private IReadOnlyList<(string Id, string Name, int Count)> TagIndex()
    {
        var page = sample.Built.Page("tags/index.html");
        var entries = new List<(string, string, int)>();
        foreach (var link in page.QuerySelectorAll("main li a[href^='/tags/']"))
        {
            var href = link.GetAttribute("href")!;
            var id = href["/tags/".Length..].TrimEnd('/');
            var item = link.Closest("li")!;
            var rest = BuiltSite.TextOf(item).Replace(BuiltSite.TextOf(link), "", StringComparison.Ordinal);
            var count = CountPattern().Match(rest);
            Assert.True(count.Success, $"no answer count beside tag {id} on the tags index: '{BuiltSite.TextOf(item)}'");
            entries.Add((id, BuiltSite.TextOf(link), int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return entries;
    }

    [Fact]
    public void Tags_index_lists_each_tag_in_use_with_its_count()
    {
        var expected = sample.Content.TagCounts();
        var shown = TagIndex();
        Assert.Equal(expected.Keys.Order(), shown.Select(t => t.Id).Order());
        foreach (var (id, name, count) in shown)
        {
            Assert.Equal(expected[id], count);
            Assert.Equal(sample.Content.Tag(id).Name, name);
        }
    }

    [Fact]
    public void Tags_index_lists_largest_first()
    {
        var counts = TagIndex().Select(t => t.Count).ToList();
        Assert.True(counts.Distinct().Count() > 1, "the sample's tags should differ in size, or order proves nothing");
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public void Each_tag_page_lists_exactly_the_answers_with_that_tag_across_its_pages()
    {
        var content = sample.Content;
        Assert.Contains(content.TagCounts().Values, c => c > content.Site.PerPage); // so pagination is exercised
        foreach (var (id, count) in content.TagCounts())
        {
            var expected = content.Published().Where(a => a.Tags.Contains(id)).Select(a => $"/answers/{a.Slug}/").ToList();
            var listed = new List<string>();
            var file = $"tags/{id}/index.html";
            var pages = 0;
            while (true)
            {
                var page = sample.Built.Page(file);
                pages++;
                Assert.Equal(content.Tag(id).Name, BuiltSite.TextOf(page.QuerySelector("h1")!).Split(',')[0]);
                var onPage = BuiltSite.Hrefs(page, "main a[href^='/answers/']");
                Assert.InRange(onPage.Count, 1, content.Site.PerPage);
                listed.AddRange(onPage);
                var next = page.QuerySelector("main a[rel~=next]")?.GetAttribute("href");
                if (next is null) break;
                file = BuiltSite.FileFor(next);
            }
            Assert.Equal((count + content.Site.PerPage - 1) / content.Site.PerPage, pages);
            Assert.Equal(expected.Order(), listed.Order()); // every answer once, on one page only
            Assert.Equal(expected, listed); // newest first
        }
    }
}
