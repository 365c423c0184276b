using System.Collections.Concurrent;
using System.Diagnostics;
using RunnersQA.Content;
using RunnersQA.Content.Validation;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Publishing;
using RunnersQA.Artifacts;
using RunnersQA.Pages;
using RunnersQA.Search;
using RunnersQA.Templates;

namespace RunnersQA.Pipeline;

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
        var probe = options.Probe;
        var whole = SourceLocation.StartOf(input.Display(input.Root));
        var content = Stage("load", "reading the input folder", () => ContentLoader.Load(input, options.BaseUrl, bag, _write ? _answers : null, probe));
        timings.End("load");
        if (content is null) return Done(0, 0, 0, 0);
        ContentValidator.Default.Validate(content, bag, _write ? _findings : null, probe);
        timings.End("validate");

        var themeName = options.Theme ?? content.Site.Theme;
        var themeRoot = ThemeFiles.Find(themeName, input.Root);
        if (themeRoot is null)
        {
            if (options.Theme is not null) throw new UsageException($"no theme '{options.Theme}' was found (looked for themes/{options.Theme}/templates beside the input folder)");
            bag.Error(SourceLocation.StartOf(input.Display(input.SiteConfigPath)), DiagnosticCode.MissingFile, $"no theme '{themeName}' was found",
                "set `theme:` in site.yml to a folder under themes/, or leave it out for the default theme");
        }

        var plan = PagePlan.Default;
        var theme = themeRoot is null ? null : Stage("templates", "reading the theme", () => ThemeFiles.Load(themeRoot, input, content.Files, bag));
        var templates = theme is null ? null : Stage("templates", "reading the templates", () => TemplateSet.Load(theme, input, plan.Templates, bag));
        timings.End("templates");
        if (bag.HasErrors || theme is null || templates is null) return Done(0, 0, 0, 0);

        var site = Stage("model", "building the site's model", () => Site.Create(content, options.Drafts, _last?.Site));
        timings.End("model");
        if (site is null) return Done(0, 0, 0, 0);
        IReadOnlyList<Page>? planned = Stage("plan", "planning the pages", () => plan.Plan(site));
        timings.End("plan");
        if (planned is null) return Done(0, 0, 0, 0);
        var pages = planned;

        // The index and the assets come before rendering: pages name the search manifest, the stylesheet and
        // the script by their published names. `check` renders only to find template errors and keeps no
        // page, so it skips the index.
        var search = _write ? Stage("search", "building the search index", () => SearchIndexer.Make(site, _search)) : null;
        timings.End("search");
        var assets = Stage("assets", "reading the theme's assets", () => ThemeAssets.Collect(theme, bag));
        timings.End("assets");
        var others = Stage("outputs", "making the feed, sitemap and other files", () => OtherOutputs(site, pages));
        timings.End("outputs");
        if (assets is null || others is null) return Done(pages.Count, 0, 0, 0);

        // Local links in content must reach something the site publishes; what it publishes is known only now.
        FaultBarrier.Guard(whole, "checking local links", bag, () =>
        {
            probe?.Invoke("links", "");
            var published = new HashSet<string>(pages.Select(p => p.OutputPath).Concat(assets.Files.Concat(others).Select(f => f.Path)), StringComparer.Ordinal)
            {
                SearchIndexer.ManifestPath, // its name never changes, and `check` makes no index
            };
            BrokenLocalLink.Check(content, published, bag);
        });
        timings.End("links");

        var siteInfo = PagePlan.SiteInfoFor(site, SearchIndexer.ManifestPath,
            assets.PathOf);
        var minify = options.MinifyHtml && _write;
        // Pages are only as new as what their template sees; the same templates and site values with the
        // same page values give the same bytes as last time, already in the folder.
        var toRender = pages;
        if (_last is { } last && last.Templates.SameSourcesAs(templates) && last.SiteInfo.Equals(siteInfo) && last.MinifiedHtml == minify)
            (pages, toRender) = last.Compare(pages);
        // A whole site is written as it renders, into a staging folder, so its pages are never all in memory;
        // a session's later builds render a few pages and update the folder in place once all went well.
        var previous = _write ? _last : null;
        using var staging = _write && previous is null ? StagingFolder.Begin(options.Output) : null;
        var rendered = new ConcurrentQueue<OutputFile>();
        using (var renderer = new PageRenderer(templates, siteInfo))
        {
            Render(toRender, renderer, minify, bag, probe, staging is not null ? staging.Write : _write ? rendered.Enqueue : static _ => { });
        }
        timings.End("render");
        if (bag.HasErrors || search is null) return Done(pages.Count, toRender.Count, 0, 0);
        List<OutputFile> files = [.. search.Files, .. assets.Files, .. others];

        // Until the folder is written it matches neither build; should writing fail, the next build writes everything.
        _last = null;
        // A file that cannot be written (two outputs that want one path, a full disk) is a diagnostic too; the
        // staging folder is then thrown away and the output stays as it was.
        var written = FaultBarrier.Guard<SiteWriter.Result?>(whole, "writing the site", bag, null, () =>
        {
            probe?.Invoke("write", "");
            if (staging is null)
                return SiteWriter.Update(options.Output, [.. rendered, .. files.Where(f => !previous!.Unchanged(f))], previous!.Removed(pages, files));
            Parallel.ForEach(files, staging.Write);
            return staging.Commit();
        });
        if (written is not { } done) return Done(pages.Count, toRender.Count, 0, 0);
        _last = new BuildState(site, templates, siteInfo, minify,
            pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal), files.ToDictionary(f => f.Path, StringComparer.Ordinal));
        timings.End("write");
        return Done(pages.Count, toRender.Count, done.Written, done.Changed);

        BuildResult Done(int pageCount, int pagesRendered, int filesWritten, int changed) =>
            new(bag.Sorted(), pageCount, filesWritten, changed, clock.Elapsed, timings.Stages) { PagesRendered = pagesRendered };

        // A stage that throws is reported against the input folder, and the build stops there with nothing written.
        T? Stage<T>(string name, string doing, Func<T> work) where T : class =>
            FaultBarrier.Guard<T?>(whole, doing, bag, null, () =>
            {
                probe?.Invoke(name, "");
                return work();
            });
    }

    /// <summary>Every file besides the pages, the search index and the assets.</summary>
    private static List<OutputFile> OtherOutputs(Site site, IReadOnlyList<Page> pages)
    {
        var files = new List<OutputFile> { AtomFeed.Make(site), Sitemap.Make(site, pages), RobotsTxt.Make(site) };
        if (RedirectsFile.Make(site) is { } redirects) files.Add(redirects);
        files.AddRange(AliasPages.Make(site));
        files.AddRange(ExpertPhotos.Make(site));
        return files;
    }

    private static void Render(IReadOnlyList<Page> pages, PageRenderer renderer, bool minify, DiagnosticBag bag, FaultProbe? probe, Action<OutputFile> sink)
    {
        var failedPlaces = new ConcurrentDictionary<string, bool>();
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            try
            {
                probe?.Invoke("render", page.OutputPath);
                var html = renderer.Render(page);
                sink(OutputFile.Text(page.OutputPath, minify ? AssetMinifier.MinifyHtml(html) : html));
            }
            catch (TemplateRenderException e)
            {
                // One report per place in a template, not one per page that hit it.
                if (failedPlaces.TryAdd($"{e.TemplatePath}:{e.Line}:{e.Column}", true))
                    bag.Error(new SourceLocation(e.TemplatePath, e.Line, e.Column), DiagnosticCode.InvalidTemplate,
                        $"template error while rendering {page.OutputPath}: {e.Message}", "fix the template at this place");
            }
            catch (OperationCanceledException)
            {
                // Stopped because another page ran out of time; that page's error is reported.
            }
            catch (Exception e)
            {
                var template = renderer.DisplayPath(page.Template);
                if (failedPlaces.TryAdd($"{template}:{e.GetType().FullName}", true))
                    bag.Add(FaultBarrier.Describe(e, SourceLocation.StartOf(template), $"rendering {page.OutputPath} with this template"));
            }
        });
    }
}
