using System.Text;

namespace RunnersQA.Tests.Serve;

/// <summary>
/// The live-reload event stream as a page's EventSource reads it: opened with HttpClient, parsed into
/// (event, data) pairs. Every wait has a timeout, so a missing event fails the test instead of hanging it.
/// </summary>
internal sealed class EventStream : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly List<string> _seen = [];

    private EventStream(HttpClient http, HttpResponseMessage response, StreamReader reader)
    {
        _http = http;
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Returns once the server has sent the headers, by which time it has registered this client.</summary>
    public static async Task<EventStream> OpenAsync(Uri site)
    {
        var http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        using var headers = new CancellationTokenSource(Timeout);
        var response = await http.GetAsync(new Uri(site, "__runnersqa/events"), HttpCompletionOption.ResponseHeadersRead, headers.Token);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(headers.Token), Encoding.UTF8);
        return new EventStream(http, response, reader);
    }

    /// <summary>The data of the next event named <paramref name="name"/>, skipping others; fails after <see cref="Timeout"/>.</summary>
    public async Task<string> NextAsync(string name)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var (eventName, data) = await ReadEventAsync(timeout.Token);
                _seen.Add(eventName);
                if (eventName == name) return data;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no '{name}' event within {Timeout.TotalSeconds} s; events seen: [{string.Join(", ", _seen)}]");
            throw;
        }
    }

    private async Task<(string Event, string Data)> ReadEventAsync(CancellationToken cancellationToken)
    {
        string? eventName = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("the server closed the event stream");
            if (line.Length == 0)
            {
                if (data.Count > 0) return (eventName ?? "message", string.Join("\n", data));
                eventName = null;
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal)) eventName = line["event:".Length..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Add(line["data:".Length..].TrimStart(' '));
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
