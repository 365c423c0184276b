using System.Collections.Concurrent;
using RunnersQA.Artifacts;
using RunnersQA.Content;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;
using RunnersQA.Search;
using RunnersQA.Templates;
using RunnersQA.Branding;
using RunnersQA.Strings;
using RunnersQA.Validation;

namespace RunnersQA.Pipeline;

/// <summary>
/// Builds of one site into one folder, for as long as <c>serve</c> runs. The first is a whole build; each later
/// one is a rebuild: the same stages, each reusing from this session's memos what it made before from equal
/// inputs (docs/architecture.md, "Reuse"), rendering only the pages that differ from those in the folder, and
/// updating the folder in place, file by file. Nothing is written unless every stage before writing succeeded.
/// </summary>
public sealed class BuildSession
{
    private readonly BuildOptions _options;
    private readonly SessionMemos _session = new();
    private readonly StageMemos _memos;

    /// <summary>What the output folder holds; null until a build wrote it, and after a write that failed.</summary>
    private PublishedFolder? _folder;

    public BuildSession(BuildOptions options)
    {
        _options = options;
        _memos = new StageMemos(
            _session.New<FileStamp, string>(),
            _session.New<AnswerSource, LoadedAnswer>(),
            _session.New<FindingsKey, IReadOnlyList<Diagnostic>>(),
            new ModelMemo(_session.New<Term, Term>(), _session.New<Expert, Expert>(), _session.New<AnswerInputs, Answer>(),
                _session.New<string, int[][]>(StringComparer.Ordinal)),
            new SearchIndexCache());
    }

    public BuildResult Run()
    {
        var run = new StageRun(_options, writes: true);
        (var result, _folder) = _folder is { } folder ? Rebuild(run, _memos, folder) : SiteBuild.Build(run, _memos);
        _session.EndBuild();
        return result;
    }

    /// <summary>Renders the pages that differ from the folder's, and writes only the files whose bytes changed.</summary>
    /// <returns>How it went, and what the folder then holds: as before when the build failed before writing, unknown (null) when writing failed.</returns>
    private static (BuildResult Result, PublishedFolder? Folder) Rebuild(StageRun run, StageMemos memos, PublishedFolder folder)
    {
        if (Prepare(run, memos, index: true) is not { } prepared) return (run.Result(run.PagesPlanned), folder);
        var minify = run.Options.MinifyHtml;
        var (pages, toRender) = folder.Compare(prepared.Pages, prepared.Templates, prepared.SiteInfo, minify);
        // A few pages: rendered into memory, and written once all went well.
        var rendered = new ConcurrentQueue<OutputFile>();
        run.Render(toRender, prepared, minify, rendered.Enqueue);
        if (run.Bag.HasErrors || prepared.Search is null) return (run.Result(pages.Count, toRender.Count), folder);
        var files = prepared.Files;
        var written = run.Write(() => SiteWriter.Update(run.Options.Output, [.. rendered, .. files.Where(f => !folder.Unchanged(f))], folder.Removed(pages, files)));
        // Should writing fail, the folder matches neither build, and the next build writes everything.
        if (written is not { } done) return (run.Result(pages.Count, toRender.Count), null);
        run.End("write");
        return (run.Result(pages.Count, toRender.Count, done.Written, done.Changed), PublishedFolder.Of(prepared.Templates, prepared.SiteInfo, minify, pages, files));
    }

    /// <summary>
    /// The stages up to rendering, the same for a check, a build and a rebuild: load, validate, templates, model,
    /// plan, the search index (unless <paramref name="index"/> is false), assets, the other outputs, local links.
    /// </summary>
    /// <returns>The site ready to render, or null when a stage failed (and what it reported is in the run's bag).</returns>
    internal static PreparedSite? Prepare(StageRun run, StageMemos memos, bool index)
    {
        var (options, input, bag, probe) = (run.Options, run.Input, run.Bag, run.Probe);
        var content = run.Stage("load", "reading the input folder", () => ContentLoader.Load(input, options.BaseUrl, bag, memos.Answers, memos.FileHashes, probe, options.Invocation));
        run.End("load");
        if (content is null) return null;
        run.Content = content;
        (options.ReviewClock == TimeProvider.System ? ContentValidator.Default : ContentValidator.For(options.ReviewClock)).Validate(content, bag, memos.Findings, probe);
        run.End("validate");

        var themeName = options.Theme ?? content.Site.Theme;
        var themeRoot = ThemeFiles.Find(themeName, input.Root);
        if (themeRoot is null)
        {
            if (options.Theme is not null) throw new UsageException($"no theme '{options.Theme}' was found (looked for themes/{options.Theme}/templates beside the input folder)");
            bag.Error(SourceLocation.StartOf(input.Display(input.SiteConfigPath)), DiagnosticCode.MissingFile, $"no theme '{themeName}' was found",
                "set `theme:` in site.yml to a folder under themes/, or leave it out for the default theme");
        }

        var outputs = SiteOutputs.Default;
        var theme = themeRoot is null ? null : run.Stage("templates", "reading the theme", () => ThemeFiles.Load(themeRoot, input, content.Files, bag));
        var templates = theme is null ? null : run.Stage("templates", "reading the templates", () => TemplateSet.Load(theme, input, outputs.Templates, bag));
        var strings = theme is null ? null : run.Stage("templates", "reading the theme's strings", () =>
            ThemeStringsLoader.Load(theme, input, content.Site.Language, content.Site.LanguageAt ?? SourceLocation.StartOf(input.Display(input.SiteConfigPath)), PageWords.Required, bag));
        var brand = theme is null ? null : run.Stage("templates", "reading the brand", () => SiteBrand.Make(content.Site.Brand, theme, input, bag));
        run.End("templates");
        if (bag.HasErrors || theme is null || templates is null || strings is null || brand is null) return null;

        var site = run.Stage("model", "building the site's model", () => Site.Create(content, options.Drafts, strings, memos.Model));
        run.End("model");
        if (site is null) return null;
        IReadOnlyList<Page>? planned = run.Stage("plan", "planning the pages", () => outputs.Plan(site));
        run.End("plan");
        if (planned is null) return null;
        var pages = planned;
        run.PagesPlanned = pages.Count;

        // The index and the assets come before rendering: pages name the search manifest, the stylesheet and
        // the script by their published names. `check` renders only to find template errors and keeps no
        // page, so it skips the index.
        var search = index ? run.Stage("search", "building the search index", () => SearchIndexer.Make(site, memos.Search)) : null;
        run.End("search");
        var assets = run.Stage("assets", "reading the theme's assets", () => ThemeAssets.Collect(theme, brand.Css, bag));
        run.End("assets");
        var others = run.Stage("outputs", "making the feed, sitemap and other files", () => outputs.MakeFiles(site, pages));
        run.End("outputs");
        if (assets is null || others is null) return null;

        // Local links in content must reach something the site publishes; what it publishes is known only now.
        FaultBarrier.Guard(run.Whole, "checking local links", bag, () =>
        {
            probe?.Invoke("links", "");
            BrokenLocalLink.Check(content, outputs.Published(pages, assets.Files.Concat(others)), bag);
        });
        run.End("links");

        var siteInfo = SiteInfo.For(site, SearchIndexer.ManifestPath, assets.PathOf, brand.Logo, options.Preview);
        return new PreparedSite(templates, pages, search, assets, others, siteInfo);
    }
}
