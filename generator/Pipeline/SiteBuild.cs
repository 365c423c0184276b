using RunnersQA.Publishing;

namespace RunnersQA.Pipeline;

/// <summary>One check or build of a site, for the commands that run once (<c>check</c>, <c>build</c>).</summary>
public static class SiteBuild
{
    /// <summary>
    /// Loads, validates, plans and renders to nowhere (to find template errors), makes no index and writes nothing.
    /// The result keeps the content it read (<see cref="BuildResult.Content"/>), for what <c>check</c> reports besides diagnostics.
    /// </summary>
    public static BuildResult Check(BuildOptions options)
    {
        var run = new StageRun(options, writes: false);
        if (BuildSession.Prepare(run, StageMemos.None, index: false) is not { } prepared) return run.Result(run.PagesPlanned) with { Content = run.Content };
        run.Render(prepared.Pages, prepared, minify: false, static _ => { });
        return run.Result(prepared.Pages.Count, prepared.Pages.Count) with { Content = run.Content };
    }

    /// <summary>Builds the whole site into a staging folder that takes the output folder's place once all went well.</summary>
    public static BuildResult Run(BuildOptions options) => Build(new StageRun(options, writes: true), StageMemos.None).Result;

    /// <returns>How it went, and what the output folder then holds (null if the build failed).</returns>
    internal static (BuildResult Result, PublishedFolder? Folder) Build(StageRun run, StageMemos memos)
    {
        if (BuildSession.Prepare(run, memos, index: true) is not { } prepared) return (run.Result(run.PagesPlanned), null);
        var (pages, minify) = (prepared.Pages, run.Options.MinifyHtml);
        // Pages are written as they render, so a whole site's pages are never all in memory.
        using var staging = StagingFolder.Begin(run.Options.Output);
        run.Render(pages, prepared, minify, staging.Write);
        if (run.Bag.HasErrors || prepared.Search is null) return (run.Result(pages.Count, pages.Count), null);
        var files = prepared.Files;
        // Until the swap nothing of the output folder changes; a file that cannot be written throws the staging folder away.
        var written = run.Write(() =>
        {
            Parallel.ForEach(files, staging.Write);
            return staging.Commit();
        });
        if (written is not { } done) return (run.Result(pages.Count, pages.Count), null);
        run.End("write");
        return (run.Result(pages.Count, pages.Count, done.Written, done.Changed), PublishedFolder.Of(prepared.Templates, prepared.SiteInfo, minify, pages, files));
    }
}
