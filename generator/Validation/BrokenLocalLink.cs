using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;
using RunnersQA.Model;

namespace RunnersQA.Validation;

/// <summary>
/// A link or image with a relative or root-relative path (<c>calf-raise.jpg</c>, <c>/tags/knee-pain/</c>) must
/// reach a file the site publishes. Links to answers (<c>/answers/&lt;slug&gt;/</c>) are <see cref="BrokenAnswerLink"/>'s.
/// Runs once pages are planned, since only then is it known what the site publishes.
/// </summary>
public static class BrokenLocalLink
{
    /// <param name="published">Every published file's path under the site root ("answers/x/index.html", "feed.xml").</param>
    public static void Check(ContentSet content, IReadOnlySet<string> published, DiagnosticBag bag)
    {
        var nearestTo = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var answer in content.Answers)
        {
            var page = SiteUrls.AnswerPath(answer.Slug);
            var images = answer.Body.Images.Select(i => i.Location).ToHashSet();
            foreach (var link in answer.Question.Links.Concat(answer.Body.Links)) CheckOne(link, page, images.Contains(link.Location));
        }
        foreach (var expert in content.Experts)
        {
            foreach (var link in expert.Bio.Links) CheckOne(link, SiteUrls.ExpertPath(expert.Id), false);
        }

        void CheckOne(Positioned<string> link, string pageFolder, bool image)
        {
            if (BrokenAnswerLink.Owns(link.Value) || Target(link.Value, pageFolder) is not { } target) return;
            if (target.Broken is null && (published.Contains(target.Path) || published.Contains(SiteUrls.FileFor(target.Path)) ||
                published.Contains(target.Path + "/index.html")))
                return;
            if (!nearestTo.TryGetValue(target.Path, out var nearest))
                nearestTo[target.Path] = nearest = target.Broken is null ? NearestName.Find(target.Path, published.Select(Shown), Typos(target.Path)) : null;
            var what = image ? "image" : "link";
            var fix = nearest is not null
                ? $"did you mean `/{nearest}`?"
                : image
                    ? "put the image beside the answer's .md file and give its file name, such as `![A calf raise on a step](calf-raise.jpg)`"
                    : "link to a page of the site by its path, such as `/tags/knee-pain/`, or to another site with https://";
            bag.Error(link.Location, DiagnosticCode.BrokenLocalLink,
                $"the {what} '{link.Value}' points at {target.Broken ?? $"/{target.Path}"}, which the site does not publish", fix);
        }
    }

    /// <summary>As many edits as a slip in the path's last part could make: a near path is a typo there, not another folder.</summary>
    private static int Typos(string path) => Math.Max(2, path.TrimEnd('/').Split('/')[^1].Length / 3);

    /// <summary>A published path as a reader would link it: "tags/x/index.html" as "tags/x/".</summary>
    private static string Shown(string path) => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;

    private sealed record Resolved(string Path, string? Broken);

    /// <summary>The site path a local link reaches from a page in <paramref name="pageFolder"/>; null for links that leave the site or stay on the page.</summary>
    private static Resolved? Target(string url, string pageFolder)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        if (path.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(path)) return null;
        path = Uri.UnescapeDataString(path);
        var segments = new List<string>();
        var joined = path.StartsWith('/') ? path[1..] : pageFolder + path;
        foreach (var segment in joined.Split('/'))
        {
            if (segment is "." or "") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return new Resolved(joined, "a place above the site's root");
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        var resolved = string.Join('/', segments);
        return new Resolved(joined.EndsWith('/') && resolved.Length > 0 ? resolved + "/" : resolved, null);
    }

    private static bool HasScheme(string path)
    {
        var colon = path.IndexOf(':');
        return colon >= 0 && path.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }
}
