using RunnersQA.Artifacts;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Pages;
using RunnersQA.Search;

namespace RunnersQA.Validation;

/// <summary>
/// A taxonomy site.yml declares must keep clear of everything else the build names: its folder of every path
/// another output reserves (asked of the registry, as for aliases) and of the other taxonomies' folders, and its key
/// of the search manifest's own properties. (Its key and term are checked against the answers' fields and the other
/// terms as site.yml is read.)
/// </summary>
/// <param name="outputs">The registry to ask; <see cref="SiteOutputs.Default"/> when left out.</param>
public sealed class TaxonomyConflict(SiteOutputs? outputs = null) : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var others = (outputs ?? SiteOutputs.Default).All.Where(o => o is not TaxonomyPages).SelectMany(o => o.Reserved(content)).Where(r => r.Owner is null).ToList();
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var taxonomy in content.Taxonomies)
        {
            if (SearchIndexer.ManifestKeys.Contains(taxonomy.Key))
                bag.Error(taxonomy.Location, DiagnosticCode.InvalidValue, $"`{taxonomy.Key}` names part of the search index, so no taxonomy can be called so",
                    "choose another key, such as `levels`");
            // Either holds the other: a file or folder inside the taxonomy's folder, or the folder inside a reserved one.
            if (others.FirstOrDefault(r => r.Path.StartsWith(taxonomy.Path, StringComparison.OrdinalIgnoreCase) || (r.IsFolder && r.Covers(taxonomy.Path))) is { } taken)
                bag.Error(taxonomy.Location, DiagnosticCode.InvalidValue, $"the folder {taxonomy.Path} of `{taxonomy.Key}` is where the site writes /{taken.Path}",
                    $"give `{taxonomy.Key}` a `path:` of its own, for example `path: {taxonomy.Key}/`");
            else if (!folders.TryAdd(taxonomy.Path, taxonomy.Key))
                bag.Error(taxonomy.Location, DiagnosticCode.InvalidValue, $"the folder {taxonomy.Path} of `{taxonomy.Key}` is `{folders[taxonomy.Path]}`'s already",
                    $"give `{taxonomy.Key}` a `path:` of its own");
        }
    }
}
