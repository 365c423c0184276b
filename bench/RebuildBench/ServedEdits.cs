using System.Diagnostics;
using RunnersQA.Serve;

namespace RunnersQA.Bench;

/// <summary>
/// The preview server as an expert meets it: a page listening for reloads, a file saved, and the time until
/// the reload event arrives (which includes the watcher's pause for a burst of saves to settle).
/// </summary>
public static class ServedEdits
{
    public static async Task<List<TimeSpan>> MeasureAsync(RebuildOptions options, BodyEdits edits)
    {
        using var stop = new CancellationTokenSource();
        await using var session = await PreviewSession.StartAsync(new PreviewOptions(options.Input, Port: 0, Theme: options.Theme), TextWriter.Null, stop.Token);
        using var http = new HttpClient { BaseAddress = session.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var events = new StreamReader(await http.GetStreamAsync(LiveReloadScript.EventsPath.TrimStart('/')));
        var times = new List<TimeSpan>();
        for (var i = 0; i < BodyEdits.WarmUp + options.Edits; i++)
        {
            var clock = Stopwatch.StartNew();
            edits.Next();
            await NextReload(events);
            if (i >= BodyEdits.WarmUp) times.Add(clock.Elapsed);
            // Lets the watcher settle, so each save is a burst of its own.
            await Task.Delay(300);
        }
        await stop.CancelAsync();
        return times;
    }

    private static async Task NextReload(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: reload") return;
            if (line == "event: problems") throw new InvalidOperationException("the preview server reported problems after an edit");
        }
        throw new InvalidOperationException("the preview server closed the event stream");
    }
}
