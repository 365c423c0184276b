using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Templates;

namespace RunnersQA.Serve;

/// <summary>
/// One run of <c>serve</c>: builds the site into a private temporary folder, serves it, and rebuilds it
/// whenever the input or the theme changes, one build at a time, until stopped; then removes the folder.
/// A failed build leaves the folder as it was, so the last good build stays served.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly string _root;
    private readonly BuildSession _builds;
    private readonly BuildOptions _build;
    private readonly TextWriter _output;
    private readonly PreviewServer _server;
    private readonly InputWatcher _watcher;
    private readonly ReloadChannel _reload;
    private readonly CancellationToken _cancellation;
    private readonly CancellationTokenSource _disposing = new();

    private PreviewSession(string root, BuildOptions build, TextWriter output, PreviewServer server, InputWatcher watcher, ReloadChannel reload,
        CancellationToken cancellationToken)
    {
        _root = root;
        _build = build;
        _builds = new BuildSession(build);
        _output = output;
        _server = server;
        _watcher = watcher;
        _reload = reload;
        _cancellation = cancellationToken;
        Completion = Task.CompletedTask;
    }

    /// <summary>Where the site is served, ending with a slash.</summary>
    public Uri Address => _server.Address;

    /// <summary>The folder being served (inside the session's temporary folder).</summary>
    public string SiteFolder => _build.Output;

    /// <summary>Completes once the session has stopped: the server is down and the temporary folder deleted.</summary>
    public Task Completion { get; private set; }

    /// <summary>
    /// Starts serving and watching, after a first build; runs until <paramref name="cancellationToken"/> is
    /// cancelled or the host is told to stop (Ctrl+C).
    /// </summary>
    /// <exception cref="UsageException">The input folder or the theme is missing, or the port is in use.</exception>
    public static async Task<PreviewSession> StartAsync(PreviewOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.Input))
            throw new UsageException($"the input folder {options.Input} does not exist; pass --input with the folder that holds site.yml");
        output = TextWriter.Synchronized(output);
        var root = Path.Combine(Path.GetTempPath(), $"runnersqa-serve-{Guid.NewGuid():N}");
        var site = Path.Combine(root, "site");
        Directory.CreateDirectory(site);
        var reload = new ReloadChannel();
        PreviewServer? server = null;
        InputWatcher? watcher = null;
        try
        {
            server = await PreviewServer.StartAsync(site, options.ListenOn, reload);
            // Watching starts before the first build, so an edit made during it is not missed.
            watcher = new InputWatcher([options.Input, .. ThemeFolder(options)]);
            var build = new BuildOptions(options.Input, site, server.Address, options.Drafts, options.Theme) { Invocation = options.Invocation, Preview = true };
            var session = new PreviewSession(root, build, output, server, watcher, reload, cancellationToken);
            session.FirstBuild();
            output.WriteLine($"Serving {server.Address} (Ctrl+C to stop)");
            session.Completion = session.RunAsync();
            return session;
        }
        catch
        {
            watcher?.Dispose();
            if (server is not null) await server.DisposeAsync();
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>The theme folder the build will use, found as the build finds it (input/theme/ is watched with the input).</summary>
    private static IEnumerable<string> ThemeFolder(PreviewOptions options)
    {
        var input = InputFolder.At(options.Input);
        var bag = new DiagnosticBag();
        var name = options.Theme ?? SiteConfigLoader.Load(input, FileListing.Scan(input.Root, [input.SiteConfigPath], input.Display, bag), null, bag).Theme;
        return ThemeFiles.Find(name, input.Root) is { } root ? [root] : [];
    }

    private void FirstBuild()
    {
        // A usage error here (a missing theme) ends the session: there is nothing to serve.
        var result = _builds.Run();
        CollectWhileIdle();
        Report(result, $"Built {result.Pages} pages in {Seconds(result)} s", "the site will be served once they are fixed");
    }

    private async Task RunAsync()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_cancellation, _server.Stopping, _disposing.Token);
        try
        {
            while (true)
            {
                var changed = await _watcher.NextChangesAsync(stop.Token);
                Rebuild(changed.Count);
                CollectWhileIdle();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            _watcher.Dispose();
            await _server.DisposeAsync();
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Rebuild(int changedFiles)
    {
        BuildResult result;
        try
        {
            result = _builds.Run();
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            // The theme or input folder vanished, or a file was locked mid-save: the next change builds again.
            _output.WriteLine($"error: {e.Message}");
            _output.WriteLine("Build failed; still serving the last good build");
            return;
        }
        var files = changedFiles == 1 ? "1 file" : $"{changedFiles} files";
        Report(result, $"Rebuilt in {Seconds(result)} s ({files} changed; {result.PagesRendered} of {result.Pages} pages rendered)",
            "still serving the last good build");
    }

    /// <summary>Prints the diagnostics and one line, and tells the open pages: reload, or show the problems.</summary>
    private void Report(BuildResult result, string success, string afterFailure)
    {
        foreach (var diagnostic in result.Diagnostics) _output.WriteLine(DiagnosticFormatter.Format(diagnostic));
        if (result.Succeeded)
        {
            _output.WriteLine(success);
            _reload.Reload();
            return;
        }
        var errors = result.Diagnostics.Count(d => d.IsError);
        _output.WriteLine($"Build failed: {errors} error{(errors == 1 ? "" : "s")}; {afterFailure}");
        _reload.Problems(result.Diagnostics);
    }

    /// <summary>
    /// Collects the young garbage a build left, now, while the author reads the page or types, rather than in
    /// the middle of the next rebuild. With the last build held in memory a collection takes long enough to
    /// notice on a large site; a rebuild allocates less than the young generation holds, so it then runs without one.
    /// </summary>
    public static void CollectWhileIdle() => GC.Collect(1, GCCollectionMode.Forced, blocking: true);

    private static string Seconds(BuildResult result) => result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Stops the session (as cancelling its token does) and waits until it has cleaned up.</summary>
    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        await Completion;
    }
}
