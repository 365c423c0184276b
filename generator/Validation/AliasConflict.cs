using RunnersQA.Artifacts;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Pages;

namespace RunnersQA.Validation;

/// <summary>
/// An old address must be free: not an answer's current page, not another answer's alias, and nothing any
/// output of the build reserves (a redirect page there would replace a real file). What is reserved is asked
/// of the registry of outputs, so a new page kind or file is kept clear of aliases by declaring its paths.
/// </summary>
public sealed class AliasConflict(SiteOutputs outputs) : IContentRule
{
    public AliasConflict() : this(SiteOutputs.Default)
    {
    }

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        // Compared by the file each alias page is written to, without case: "/old/q/" and "/old/q/index.html" are
        // one file, and on a case-insensitive host so are "/Old/" and "/old/".
        // Two answers with one slug are DuplicateSlug's to report; the first one's file names the page here.
        var pages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pageFolders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sitePaths = new List<ReservedPath>();
        foreach (var reserved in outputs.Reserved(content))
        {
            if (reserved.Owner is not { } owner)
                sitePaths.Add(reserved);
            else if (reserved.IsFolder)
            {
                pages.TryAdd(SiteUrls.FileFor(reserved.Path), owner);
                pageFolders.TryAdd(reserved.Path, owner);
            }
            else
                pages.TryAdd(reserved.Path, owner);
        }
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in content.Answers)
        {
            foreach (var alias in answer.Aliases.Where(a => AliasPath.IsValid(a.Value)))
            {
                var file = SiteUrls.FileFor(AliasPath.Normalize(alias.Value));
                var ancestors = Ancestors(file).ToList();
                var conflict = pages.TryGetValue(file, out var page) ? $"it is the address of {page}"
                    : ancestors.FirstOrDefault(pageFolders.ContainsKey) is { } inside ? $"it is inside the folder of the page /{inside}"
                    : files.TryGetValue(file, out var other) ? other == answer.Location.Path ? "the answer lists that address twice" : $"{other} already has it as an alias"
                    : folders.Contains(file + "/") || ancestors.Any(a => files.ContainsKey(a.TrimEnd('/'))) ? "another alias needs that address as a folder, or a file where this one needs a folder"
                    : sitePaths.FirstOrDefault(r => r.IsFolder && r.Covers(file)) is { } folder ? $"the site writes its own pages under /{folder.Path}"
                    : sitePaths.Any(r => !r.IsFolder && (r.Covers(file) || ancestors.Any(a => r.Covers(a.TrimEnd('/'))))) ? "the site writes that file itself"
                    : null;
                if (conflict is not null)
                {
                    bag.Error(alias.Location, DiagnosticCode.AliasConflict, $"the alias '{alias.Value}' cannot redirect: {conflict}",
                        "remove the alias, or give the old address this answer really had");
                    continue;
                }
                files[file] = answer.Location.Path;
                folders.UnionWith(ancestors);
            }
        }
    }

    /// <summary>The folders a file path sits in: "a/b/index.html" is in "a/" and "a/b/".</summary>
    private static IEnumerable<string> Ancestors(string file)
    {
        for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
            yield return file[..(slash + 1)];
    }
}
