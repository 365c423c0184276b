namespace RunnersQA.Pages;

/// <summary>Where one page of a paginated list stands among the others.</summary>
public sealed record Pagination(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Pages)
{
    /// <summary>
    /// Splits items into pages of <paramref name="perPage"/>. The first page lives at
    /// <paramref name="firstPath"/>; page n at firstPath + "page/n/". Always at least one page.
    /// </summary>
    public static IEnumerable<(IReadOnlyList<T> Items, Pagination Pagination, string Path)> Split<T>(
        IReadOnlyList<T> items, int perPage, string firstPath, Func<string, string> toUrl)
    {
        var total = Math.Max(1, (items.Count + perPage - 1) / perPage);
        string PathOf(int n) => n == 1 ? firstPath : $"{firstPath}page/{n}/";
        var links = Enumerable.Range(1, total).Select(n => toUrl(PathOf(n))).ToArray();
        for (var n = 1; n <= total; n++)
        {
            var slice = items.Skip((n - 1) * perPage).Take(perPage).ToArray();
            var current = n;
            var pageLinks = links.Select((url, i) => new PageLink(i + 1, url, i + 1 == current)).ToArray();
            var pagination = new Pagination(n, total, n > 1 ? links[n - 2] : null, n < total ? links[n] : null, pageLinks);
            yield return (slice, pagination, PathOf(n));
        }
    }
}
