using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>Where one page of a paginated list stands among the others.</summary>
public sealed record Pagination(int Current, int Total, string? PreviousUrl, string? NextUrl, ValueList<PageLink> Pages)
{
    /// <summary>The folder the pages after the first go in, under the first page's path.</summary>
    public const string Folder = "page/";

    /// <summary>
    /// Splits items into pages of <paramref name="perPage"/>. The first page lives at
    /// <paramref name="firstPath"/>; page n at firstPath + <see cref="Folder"/> + "n/". Always at least one page.
    /// </summary>
    public static IEnumerable<(ValueList<T> Items, Pagination Pagination, string Path)> Split<T>(
        IReadOnlyList<T> items, int perPage, string firstPath, Func<string, string> toUrl)
    {
        var total = Math.Max(1, (items.Count + perPage - 1) / perPage);
        string PathOf(int n) => n == 1 ? firstPath : $"{firstPath}{Folder}{n}/";
        var links = Enumerable.Range(1, total).Select(n => toUrl(PathOf(n))).ToArray();
        for (var n = 1; n <= total; n++)
        {
            var slice = items.Skip((n - 1) * perPage).Take(perPage).ToValueList();
            var current = n;
            var pageLinks = Window(n, total).Select(i => i == 0 ? Gap : new PageLink(i, links[i - 1], i == current)).ToValueList();
            var pagination = new Pagination(n, total, n > 1 ? links[n - 2] : null, n < total ? links[n] : null, pageLinks);
            yield return (slice, pagination, PathOf(n));
        }
    }

    /// <summary>How many pages on each side of the current one the bar links to, besides the first and the last.</summary>
    public const int Reach = 2;

    private static readonly PageLink Gap = new(0, null, false);

    /// <summary>
    /// The page numbers a bar shows: the first, the last, and those within <see cref="Reach"/> of the current
    /// one, with 0 for each run left out. A bar of every page would grow with the archive, and on a
    /// large site it would be most of each page's bytes.
    /// </summary>
    private static IEnumerable<int> Window(int current, int total)
    {
        var previous = 0;
        for (var n = 1; n <= total; n++)
        {
            if (n != 1 && n != total && Math.Abs(n - current) > Reach) continue;
            if (n > previous + 1) yield return 0;
            yield return n;
            previous = n;
        }
    }
}
