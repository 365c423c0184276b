using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>
/// An old address must be free: not an answer's current page, not another answer's alias, and not under the
/// folders the build writes itself (a redirect page there would replace a real file).
/// </summary>
public sealed class AliasConflict : IContentRule
{
    private static readonly string[] Reserved = ["assets/", "search/", "tags/", "experts/", "page/", "ask/"];

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        // Two answers with one slug are DuplicateSlug's to report; the first one's file names the page here.
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in content.Answers) pages.TryAdd($"answers/{answer.Slug}/", answer.Location.Path);
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in content.Answers)
        {
            foreach (var alias in answer.Aliases.Where(a => AliasPath.IsValid(a.Value)))
            {
                var path = AliasPath.Normalize(alias.Value);
                var conflict = pages.TryGetValue(path, out var page) ? $"it is the address of {page}"
                    : claimed.TryGetValue(path, out var other) && other != answer.Location.Path ? $"{other} already has it as an alias"
                    : Reserved.FirstOrDefault(r => path.StartsWith(r, StringComparison.Ordinal)) is { } folder ? $"the site writes its own pages under /{folder}"
                    : path is "index.html" or "404.html" or "feed.xml" or "sitemap.xml" or "robots.txt" or "_redirects" ? "the site writes that file itself"
                    : null;
                if (conflict is not null)
                    bag.Error(alias.Location, DiagnosticCode.AliasConflict, $"the alias '{alias.Value}' cannot redirect: {conflict}",
                        "remove the alias, or give the old address this answer really had");
                else
                    claimed.TryAdd(path, answer.Location.Path);
            }
        }
    }
}
