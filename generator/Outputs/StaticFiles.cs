using RunnersQA.Model;
using RunnersQA.Templates;

namespace RunnersQA.Outputs;

/// <summary>The theme's assets (with overrides), scripts and stylesheets minified, and expert photos as they are.</summary>
public static class StaticFiles
{
    public static IEnumerable<OutputFile> Collect(ThemeFiles theme, Site site)
    {
        foreach (var (relative, full) in theme.Under("assets"))
            yield return new OutputFile(SiteUrls.AssetsPath + relative, AssetMinifier.Minify(relative, File.ReadAllBytes(full)));
        foreach (var (source, sitePath) in site.Photos)
            yield return new OutputFile(sitePath, File.ReadAllBytes(source));
    }
}
