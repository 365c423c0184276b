using RunnersQA.Serve;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Serve;

/// <summary>
/// A <c>serve</c> session on a copy of the minimal fixture, on 127.0.0.1 and a port the system chose, with its
/// own copy of the default theme (so edits to the repository's theme elsewhere never trigger its rebuilds).
/// </summary>
internal sealed class ServedSite : IAsyncDisposable
{
    public const string AnswerFile = "answers/2026/sore-knees.md";
    public const string AnswerPage = "answers/sore-knees/";
    public const string Title = "Why do my knees get sore a few miles in?";

    private ServedSite(TempSite site, PreviewSession session, StringWriter output, CancellationTokenSource stop)
    {
        Site = site;
        Session = session;
        Output = output;
        Stop = stop;
        Http = new HttpClient { BaseAddress = session.Address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public TempSite Site { get; }
    public PreviewSession Session { get; }
    public StringWriter Output { get; }
    public HttpClient Http { get; }

    /// <summary>The token the session was started with: cancelling it stops the session.</summary>
    public CancellationTokenSource Stop { get; }

    public static async Task<ServedSite> StartAsync()
    {
        var site = TempSite.FromFixture("minimal");
        var theme = Path.Combine(site.Root, "themes", "default");
        FileTree.Copy(Repository.DefaultTheme, theme);
        var output = new StringWriter();
        var stop = new CancellationTokenSource();
        var session = await PreviewSession.StartAsync(new PreviewOptions(site.Input, "127.0.0.1", Port: 0, Theme: theme), output, stop.Token);
        return new ServedSite(site, session, output, stop);
    }

    public async Task<EventStream> OpenEventsAsync() => await EventStream.OpenAsync(Session.Address);

    public async Task<string> GetHtmlAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Session.DisposeAsync();
        Stop.Dispose();
        Site.Dispose();
    }
}
