using System.Collections.Concurrent;
using System.Diagnostics;
using RunnersQA.Artifacts;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Pages;
using RunnersQA.Publishing;
using RunnersQA.Rendering;
using RunnersQA.Templates;

namespace RunnersQA.Pipeline;

/// <summary>
/// One pass through the stages, for a check, a build or a rebuild: what every stage reports, the time each took,
/// and the fault barrier around each. A stage that throws is reported against the input folder, and the pass
/// stops there with nothing written.
/// </summary>
internal sealed class StageRun
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly StageTimings _timings = new();

    /// <param name="writes">Whether this pass writes to the output folder, which must then be a safe place to write.</param>
    public StageRun(BuildOptions options, bool writes)
    {
        if (!Directory.Exists(options.Input))
            throw new UsageException($"the input folder {options.Input} does not exist; pass --input with the folder that holds site.yml");
        if (writes) OutputLocation.Check(options.Output, options.Input);
        Options = options;
        Input = InputFolder.At(options.Input);
        Whole = SourceLocation.StartOf(Input.Display(Input.Root));
    }

    public BuildOptions Options { get; }
    public InputFolder Input { get; }
    public DiagnosticBag Bag { get; } = new();
    public FaultProbe? Probe => Options.Probe;

    /// <summary>What the load stage read, once it ran.</summary>
    public ContentSet? Content { get; set; }

    /// <summary>How many pages the plan stage made, once it ran.</summary>
    public int PagesPlanned { get; set; }

    /// <summary>Where faults of a whole stage are reported: the input folder.</summary>
    public SourceLocation Whole { get; }

    /// <summary>Closes the timing of the stage that has run since the last one closed.</summary>
    public void End(string stage) => _timings.End(stage);

    public T? Stage<T>(string name, string doing, Func<T> work) where T : class =>
        FaultBarrier.Guard<T?>(Whole, doing, Bag, null, () =>
        {
            Probe?.Invoke(name, "");
            return work();
        });

    public BuildResult Result(int pages, int pagesRendered = 0, int filesWritten = 0, int filesChanged = 0) =>
        new(Bag.Sorted(), pages, filesWritten, filesChanged, _clock.Elapsed, _timings.Stages) { PagesRendered = pagesRendered };

    /// <summary>Renders pages in parallel, each handed to <paramref name="sink"/> as it is done.</summary>
    public void Render(IReadOnlyList<Page> pages, PreparedSite prepared, bool minify, Action<OutputFile> sink)
    {
        var failedPlaces = new ConcurrentDictionary<string, bool>();
        var (bag, probe) = (Bag, Probe);
        using var renderer = new PageRenderer(prepared.Templates, prepared.SiteInfo);
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
        End("render");
    }

    /// <summary>Writes the site's files, behind the fault barrier: a file that cannot be written is a diagnostic, and the result null.</summary>
    public SiteWriter.Result? Write(Func<SiteWriter.Result> write) =>
        FaultBarrier.Guard<SiteWriter.Result?>(Whole, "writing the site", Bag, null, () =>
        {
            Probe?.Invoke("write", "");
            return write();
        });
}
