using System.Collections.Concurrent;
using System.Diagnostics;
using RunnersQA.Content;
using RunnersQA.Content.Validation;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Output;
using RunnersQA.Outputs;
using RunnersQA.Pages;
using RunnersQA.Search;
using RunnersQA.Templates;

namespace RunnersQA.Build;

/// <summary>
/// The whole build, one way through: load, validate, model, plan, render, write.
/// Nothing is written unless every stage before it succeeded.
/// </summary>
public static class SiteBuild
{
    /// <summary>Loads and validates only, writing nothing: what <c>check</c> runs.</summary>
    public static BuildResult Check(BuildOptions options) => Run(options, write: false);

    public static BuildResult Run(BuildOptions options) => Run(options, write: true);

    private static BuildResult Run(BuildOptions options, bool write)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        if (!Directory.Exists(options.Input))
            throw new UsageException($"the input folder {options.Input} does not exist; pass --input with the folder that holds site.yml");
        if (write) OutputLocation.Check(options.Output, options.Input);

        var input = InputFolder.At(options.Input);
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(input, options.BaseUrl, bag);
        timings.End("load");
        ContentValidator.Default.Validate(content, bag);
        timings.End("validate");

        var themeName = options.Theme ?? content.Site.Theme;
        var theme = ThemeFiles.Locate(themeName, input.Root);
        if (theme is null)
        {
            if (options.Theme is not null) throw new UsageException($"no theme '{options.Theme}' was found (looked for themes/{options.Theme}/templates beside the input folder)");
            bag.Error(SourceLocation.StartOf(input.Display(input.SiteConfigPath)), DiagnosticCode.MissingFile, $"no theme '{themeName}' was found",
                "set `theme:` in site.yml to a folder under themes/, or leave it out for the default theme");
        }

        var plan = PagePlan.Default;
        var templates = theme is null ? null : TemplateSet.Load(theme, input, plan.Templates, bag);
        timings.End("templates");
        if (bag.HasErrors || theme is null || templates is null) return Done(0, 0, 0);

        var site = Site.Create(content, options.Drafts);
        var pages = plan.Plan(site);
        timings.End("model");

        // The index and the assets come before rendering: pages name the search manifest, the stylesheet and
        // the script by file names that carry a hash of their content. `check` renders only to find template
        // errors and keeps no page, so it skips both.
        var search = write ? SearchIndexWriter.Write(site) : null;
        timings.End("search");
        var assets = write ? ThemeAssets.Collect(theme) : null;
        timings.End("assets");

        var siteInfo = PagePlan.SiteInfoFor(site, search?.ManifestPath ?? SearchIndexWriter.Folder + "manifest.json",
            name => assets?.PathOf(name) ?? SiteUrls.AssetsPath + name);
        var files = Render(pages, new PageRenderer(templates, siteInfo), options.MinifyHtml && write, bag);
        timings.End("render");
        if (bag.HasErrors || search is null || assets is null) return Done(pages.Count, 0, 0);

        files.AddRange(search.Files);
        files.AddRange(assets.Files);
        files.Add(FeedWriter.Write(site));
        files.Add(SitemapWriter.Write(site, pages));
        files.Add(RobotsWriter.Write(site));
        if (RedirectsWriter.Write(site) is { } redirects) files.Add(redirects);
        files.AddRange(AliasPages.Write(site));
        files.AddRange(StaticFiles.Photos(site));
        timings.End("outputs");
        var written = SiteWriter.Write(options.Output, files);
        timings.End("write");
        return Done(pages.Count, written.Written, written.Changed);

        BuildResult Done(int pageCount, int filesWritten, int changed) =>
            new(bag.Sorted(), pageCount, filesWritten, changed, clock.Elapsed, timings.Stages);
    }

    private static List<OutputFile> Render(IReadOnlyList<Page> pages, PageRenderer renderer, bool minify, DiagnosticBag bag)
    {
        var rendered = new OutputFile[pages.Count];
        var failedTemplates = new ConcurrentDictionary<string, bool>();
        Parallel.For(0, pages.Count, i =>
        {
            try
            {
                var html = renderer.Render(pages[i]);
                rendered[i] = OutputFile.Text(pages[i].OutputPath, minify ? AssetMinifier.MinifyHtml(html) : html);
            }
            catch (TemplateRenderException e) when (failedTemplates.TryAdd($"{e.TemplatePath}:{e.Line}:{e.Column}", true))
            {
                // One report per place in a template, not one per page that hit it.
                bag.Error(new SourceLocation(e.TemplatePath, e.Line, e.Column), DiagnosticCode.InvalidTemplate,
                    $"template error while rendering {pages[i].OutputPath}: {e.Message}", "fix the template at this place");
            }
            catch (TemplateRenderException)
            {
            }
        });
        return [.. rendered.Where(f => f is not null)];
    }
}
