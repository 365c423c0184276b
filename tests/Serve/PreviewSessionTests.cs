using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using RunnersQA.Serve;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Serve;

/// <summary>
/// <c>serve</c> over real HTTP: pages with the live-reload script, rebuilds on edits, problems while the build is
/// broken (the last good build still served), and a clean stop. Every wait is on an event, with a timeout.
/// </summary>
public sealed partial class PreviewSessionTests
{
    [GeneratedRegex(@"^Rebuilt in \d+\.\d\d s \(1 file changed; [1-9]\d* of \d+ pages rendered\)$", RegexOptions.Multiline)]
    private static partial Regex RebuiltLine();

    [Fact]
    public async Task Serves_pages_with_the_live_reload_script_and_unknown_paths_with_the_404_page()
    {
        await using var served = await ServedSite.StartAsync();

        using var home = await served.Http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        Assert.True(home.Headers.CacheControl?.NoCache);
        var homeHtml = await home.Content.ReadAsStringAsync();
        Assert.EndsWith(LiveReloadScript.Tag + "</body>", homeHtml.TrimEnd()[..^"</html>".Length].TrimEnd(), StringComparison.Ordinal);

        Assert.Contains(ServedSite.Title, await served.GetHtmlAsync(ServedSite.AnswerPage), StringComparison.Ordinal);

        using var missing = await served.Http.GetAsync("no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFoundPage = File.ReadAllText(Path.Combine(served.Session.SiteFolder, "404.html"));
        Assert.Equal(notFoundPage.Replace("</body>", LiveReloadScript.Tag + "</body>", StringComparison.Ordinal), await missing.Content.ReadAsStringAsync());
        Assert.True(missing.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task The_script_is_served_but_never_written_into_the_site()
    {
        await using var served = await ServedSite.StartAsync();

        using var script = await served.Http.GetAsync(LiveReloadScript.ScriptPath);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource(\"/__runnersqa/events\")", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var files = FileTree.Files(served.Session.SiteFolder);
        Assert.Contains("index.html", files);
        Assert.All(files, f => Assert.DoesNotContain("__runnersqa", File.ReadAllText(Path.Combine(served.Session.SiteFolder, f)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_an_answer_rebuilds_the_site_and_tells_pages_to_reload()
    {
        await using var served = await ServedSite.StartAsync();
        await using var events = await served.OpenEventsAsync();
        Assert.Equal("text/event-stream", events.Response.Content.Headers.ContentType?.MediaType);

        served.Site.Replace(ServedSite.AnswerFile, "sore a few miles in?", "stiff a few miles in?");

        await events.NextAsync("reload");
        var page = await served.GetHtmlAsync(ServedSite.AnswerPage);
        Assert.Contains("Why do my knees get stiff a few miles in?", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ServedSite.Title, page, StringComparison.Ordinal);
        Assert.Matches(RebuiltLine(), served.Output.ToString());
    }

    [Fact]
    public async Task A_broken_answer_sends_its_problems_keeps_the_last_good_page_and_its_fix_reloads()
    {
        await using var served = await ServedSite.StartAsync();
        await using var events = await served.OpenEventsAsync();
        var good = served.Site.ReadInput(ServedSite.AnswerFile);

        served.Site.Replace(ServedSite.AnswerFile, $"title: {ServedSite.Title}\n", "");

        var problems = ParseProblems(await events.NextAsync("problems"));
        var missingTitle = Assert.Single(problems, p => p.Code == "RQA002");
        Assert.EndsWith(ServedSite.AnswerFile, missingTitle.Path, StringComparison.Ordinal);
        Assert.True(missingTitle.Line >= 1);
        Assert.Equal("error", missingTitle.Severity);
        Assert.Contains("title", missingTitle.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(missingTitle.Hint));
        Assert.Contains(ServedSite.Title, await served.GetHtmlAsync(ServedSite.AnswerPage), StringComparison.Ordinal);
        Assert.Contains("Build failed: 1 error; still serving the last good build", served.Output.ToString(), StringComparison.Ordinal);

        served.Site.WriteInput(ServedSite.AnswerFile, good.Replace("sore a few miles in?", "sore after a few miles?", StringComparison.Ordinal));

        await events.NextAsync("reload");
        Assert.Contains("Why do my knees get sore after a few miles?", await served.GetHtmlAsync(ServedSite.AnswerPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_opened_while_the_build_is_broken_gets_the_problems_at_once()
    {
        await using var served = await ServedSite.StartAsync();
        await using (var before = await served.OpenEventsAsync())
        {
            served.Site.Replace(ServedSite.AnswerFile, $"title: {ServedSite.Title}\n", "");
            await before.NextAsync("problems");
        }

        await using var after = await served.OpenEventsAsync();
        var problems = ParseProblems(await after.NextAsync("problems"));
        Assert.Contains(problems, p => p.Code == "RQA002");
    }

    [Fact]
    public async Task Cancelling_the_token_stops_the_server_and_deletes_its_folder()
    {
        await using var served = await ServedSite.StartAsync();
        var port = served.Session.Address.Port;
        var folder = served.Session.SiteFolder;
        Assert.True(Directory.Exists(folder));
        await using var events = await served.OpenEventsAsync();

        await served.Stop.CancelAsync();
        await served.Session.Completion.WaitAsync(EventStream.Timeout);

        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(Path.GetDirectoryName(folder)));
        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    private static List<Problem> ParseProblems(string data) =>
        JsonSerializer.Deserialize<List<Problem>>(data, new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("the problems event carried null");

    private sealed record Problem(string Path, int Line, int Column, string Severity, string Code, string Message, string Hint);
}
