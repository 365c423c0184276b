using System.Threading.Channels;
using RunnersQA.Diagnostics;

namespace RunnersQA.Serve;

/// <summary>
/// The live-reload side of <c>serve</c>: the pages connected to the event stream, and what each is told after a
/// build (<c>reload</c>, or <c>problems</c> with the diagnostics). The last failure is remembered, so a page
/// opened while the build is broken shows the problems too.
/// </summary>
public sealed class ReloadChannel
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ChannelReader<string>, ChannelWriter<string>> _clients = [];
    private string? _lastProblems;

    /// <summary>A new client's queue of server-sent events, already holding the problems if the last build failed.</summary>
    public ChannelReader<string> Connect()
    {
        var client = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            if (_lastProblems is not null) client.Writer.TryWrite(_lastProblems);
            _clients.Add(client.Reader, client.Writer);
        }
        return client.Reader;
    }

    public void Disconnect(ChannelReader<string> client)
    {
        lock (_lock) _clients.Remove(client);
    }

    public void Reload()
    {
        lock (_lock)
        {
            _lastProblems = null;
            Broadcast(Event("reload", "{}"));
        }
    }

    public void Problems(IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _lastProblems = Event("problems", DiagnosticJson.Array(diagnostics));
            Broadcast(_lastProblems);
        }
    }

    private void Broadcast(string message)
    {
        foreach (var writer in _clients.Values) writer.TryWrite(message);
    }

    // One data line: JSON escapes every newline inside the messages, and the writer is not indented.
    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
