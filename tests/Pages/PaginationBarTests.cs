using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// The pagination bar links the first page, the last, and two either side of the current one, with a gap for
/// each run left out: a bar of every page would grow with the archive.
/// </summary>
public sealed class PaginationBarTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromSample();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_archive_page_links_first_last_and_its_neighbours()
    {
        _site.Replace("site.yml", "per_page: 5", "per_page: 1");
        _site.BuildClean();
        var total = _site.Content.Published().Count;
        Assert.True(total >= 10, "the sample needs enough answers for gaps on both sides");

        for (var current = 1; current <= total; current++)
        {
            var page = _site.Built.Page(current == 1 ? "index.html" : $"page/{current}/index.html");
            var bar = page.QuerySelector("nav.pagination")!;
            var numbers = bar.QuerySelectorAll("a.page-num").Select(a => int.Parse(BuiltSite.TextOf(a).Replace("Page ", ""))).ToList();
            var expected = Enumerable.Range(1, total).Where(n => n == 1 || n == total || Math.Abs(n - current) <= 2).ToList();
            Assert.Equal(expected, numbers);
            var gaps = expected.Zip(expected.Skip(1)).Count(pair => pair.Second > pair.First + 1);
            Assert.Equal(gaps, bar.QuerySelectorAll(".page-gap").Length);
            Assert.Equal(current.ToString(System.Globalization.CultureInfo.InvariantCulture),
                BuiltSite.TextOf(bar.QuerySelector("a[aria-current=page]")!).Replace("Page ", ""));
            foreach (var link in bar.QuerySelectorAll("a.page-num"))
                Assert.True(_site.Built.Exists(BuiltSite.FileFor(link.GetAttribute("href")!)), $"page {current} links {link.GetAttribute("href")}, which was not written");
        }
    }
}
