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
/// Builds of one site into one folder, one way through each time: load, validate, model, plan, render, write.
/// Nothing is written unless every stage before it succeeded. The first build writes the whole site; each
/// later one re-reads only the answer files that changed, renders only the pages whose template would see
/// something new, and writes only the files whose bytes changed. <c>serve</c> keeps one session for its run.
/// </summary>
public sealed class BuildSession
{
    private readonly BuildOptions _options;
    private readonly bool _write;
    private readonly AnswerFileCache _answers = new();
    private readonly AnswerFindings _findings = new();
    private readonly SearchIndexCache _search = new();
    private BuildState? _last;

    public BuildSession(BuildOptions options) : this(options, write: true)
    {
    }

    /// <param name="write">False for <c>check</c>: load, validate and render, and keep nothing.</param>
    internal BuildSession(BuildOptions options, bool write)
    {
        _options = options;
        _write = write;
    }

    public BuildResult Run()
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var options = _options;
        if (!Directory.Exists(options.Input))
            throw new UsageException($"the input folder {options.Input} does not exist; pass --input with the folder that holds site.yml");
        if (_write) OutputLocation.Check(options.Output, options.Input);

        var input = InputFolder.At(options.Input);
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(input, options.BaseUrl, bag, _write ? _answers : null);
        timings.End("load");
        ContentValidator.Default.Validate(content, bag, _write ? _findings : null);
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
        if (bag.HasErrors || theme is null || templates is null) return Done(0, 0, 0, 0);

        var site = Site.Create(content, options.Drafts, _last?.Site);
        timings.End("model");
        IReadOnlyList<Page> pages = plan.Plan(site);
        timings.End("plan");

        // The index and the assets come before rendering: pages name the search manifest, the stylesheet and
        // the script by their published names. `check` renders only to find template errors and keeps no
        // page, so it skips both.
        var search = _write ? SearchIndexWriter.Write(site, _search) : null;
        timings.End("search");
        var assets = _write ? ThemeAssets.Collect(theme) : null;
        timings.End("assets");

        var siteInfo = PagePlan.SiteInfoFor(site, SearchIndexWriter.ManifestPath,
            name => assets?.PathOf(name) ?? SiteUrls.AssetsPath + name);
        var minify = options.MinifyHtml && _write;
        // Pages are only as new as what their template sees; the same templates and site values with the
        // same page values give the same bytes as last time, already in the folder.
        var toRender = pages;
        if (_last is { } last && last.Templates.SameSourcesAs(templates) && last.SiteInfo.Equals(siteInfo) && last.MinifiedHtml == minify)
            (pages, toRender) = last.Compare(pages);
        // A whole site is written as it renders, into a staging folder, so its pages are never all in memory;
        // a session's later builds render a few pages and update the folder in place once all went well.
        var previous = _write ? _last : null;
        using var staging = _write && previous is null ? SiteStaging.Begin(options.Output) : null;
        var rendered = new ConcurrentQueue<OutputFile>();
        using (var renderer = new PageRenderer(templates, siteInfo))
        {
            Render(toRender, renderer, minify, bag, staging is not null ? staging.Write : _write ? rendered.Enqueue : static _ => { });
        }
        timings.End("render");
        if (bag.HasErrors || search is null || assets is null) return Done(pages.Count, toRender.Count, 0, 0);

        var files = new List<OutputFile>();
        files.AddRange(search.Files);
        files.AddRange(assets.Files);
        files.Add(FeedWriter.Write(site));
        files.Add(SitemapWriter.Write(site, pages));
        files.Add(RobotsWriter.Write(site));
        if (RedirectsWriter.Write(site) is { } redirects) files.Add(redirects);
        files.AddRange(AliasPages.Write(site));
        files.AddRange(StaticFiles.Photos(site));
        timings.End("outputs");

        // Until the folder is written it matches neither build; should writing fail, the next build writes everything.
        _last = null;
        SiteWriter.Result written;
        if (staging is not null)
        {
            Parallel.ForEach(files, staging.Write);
            written = staging.Commit();
        }
        else
        {
            written = SiteWriter.Update(options.Output, [.. rendered, .. files.Where(f => !previous!.Unchanged(f))], previous!.Removed(pages, files));
        }
        _last = new BuildState(site, templates, siteInfo, minify,
            pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal), files.ToDictionary(f => f.Path, StringComparer.Ordinal));
        timings.End("write");
        return Done(pages.Count, toRender.Count, written.Written, written.Changed);

        BuildResult Done(int pageCount, int pagesRendered, int filesWritten, int changed) =>
            new(bag.Sorted(), pageCount, filesWritten, changed, clock.Elapsed, timings.Stages) { PagesRendered = pagesRendered };
    }

    private static void Render(IReadOnlyList<Page> pages, PageRenderer renderer, bool minify, DiagnosticBag bag, Action<OutputFile> sink)
    {
        var failedTemplates = new ConcurrentDictionary<string, bool>();
        Parallel.For(0, pages.Count, i =>
        {
            try
            {
                var html = renderer.Render(pages[i]);
                sink(OutputFile.Text(pages[i].OutputPath, minify ? AssetMinifier.MinifyHtml(html) : html));
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
    }
}
