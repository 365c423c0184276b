using RunnersQA.Model;
using RunnersQA.Publishing;
using RunnersQA.Templates;

namespace RunnersQA.Artifacts;

/// <summary>
/// The theme's assets/ (with the site's overrides) as published: scripts and stylesheets minified and
/// fingerprinted (<c>site.css</c> becomes <c>site.0123456789.css</c>) so hosts can cache them forever; other
/// files (icons) keep their names, since something outside the pages may link to them.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, string> _paths;

    private ThemeAssets(IReadOnlyList<OutputFile> files, Dictionary<string, string> paths)
    {
        Files = files;
        _paths = paths;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    private static readonly TimeSpan MinifyBudget = TimeSpan.FromSeconds(5);

    /// <summary>The theme's stylesheet, to which the brand's tokens and the site's custom.css are added.</summary>
    public const string Stylesheet = "site.css";

    /// <summary>A site's own additions to the theme's stylesheet, in input/theme/assets/: added after it, not published alone.</summary>
    public const string CustomStylesheet = "custom.css";

    /// <param name="brandCss">CSS for the stylesheet's end, before custom.css (site.yml's brand tokens).</param>
    public static ThemeAssets Collect(ThemeFiles theme, string brandCss, RunnersQA.Diagnostics.DiagnosticBag bag)
    {
        var custom = theme.FileAt("assets", CustomStylesheet) is { } c && theme.IsOverride(c) ? theme.ReadBytes(c, bag) : null;
        var files = new List<OutputFile>();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        // One budget for all minifying, so that no number of pathological scripts can stall a build.
        var deadline = DateTime.UtcNow + MinifyBudget;
        foreach (var (relative, full) in theme.Under("assets"))
        {
            if (relative == CustomStylesheet && custom is not null) continue;
            if (theme.ReadBytes(full, bag) is not { } original) continue; // reported
            if (relative == Stylesheet) original = [.. original, .. "\n"u8, .. System.Text.Encoding.UTF8.GetBytes(brandCss), .. custom ?? []];
            var bytes = AssetMinifier.Minify(relative, original, deadline);
            var path = SiteUrls.AssetsPath + (Fingerprinted(relative) ? WithHash(relative, ContentHash.Of(bytes)) : relative);
            files.Add(new OutputFile(path, bytes));
            paths[relative] = path;
        }
        return new ThemeAssets(files, paths);
    }

    /// <summary>The site path an asset is published at, by its name under assets/ ("site.css").</summary>
    public string PathOf(string name) => _paths.TryGetValue(name, out var path) ? path : SiteUrls.AssetsPath + name;

    private static bool Fingerprinted(string relative) => Path.GetExtension(relative) is ".css" or ".js" or ".mjs";

    private static string WithHash(string relative, string hash)
    {
        var extension = Path.GetExtension(relative);
        return $"{relative[..^extension.Length]}.{hash}{extension}";
    }
}
