using System.CommandLine;
using System.Net;
using RunnersQA.Diagnostics;
using RunnersQA.Serve;

namespace RunnersQA.Cli;

/// <summary><c>generator serve</c>: builds the site, serves it on this machine and rebuilds it on every change.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, Invocation invocation)
    {
        var input = CommonOptions.Input();
        var port = new Option<int>("--port") { Description = "The port to serve on (0: any free port)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "The address to listen on: an IP address or localhost", DefaultValueFactory = _ => "127.0.0.1" };
        var drafts = new Option<bool>("--drafts") { Description = "Include answers marked draft: true" };
        var theme = new Option<string?>("--theme") { Description = "Theme name under themes/, or a path to a theme folder (overrides site.yml)" };

        var command = new Command("serve", "Build the site, serve it on this machine and rebuild it whenever the input or theme changes")
        {
            input, port, host, drafts, theme,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new PreviewOptions(parsed.GetValue(input)!, ParseHost(parsed.GetValue(host)!), ParsePort(parsed.GetValue(port)),
                parsed.GetValue(drafts), parsed.GetValue(theme)) { Invocation = invocation };
            await using var session = await PreviewSession.StartAsync(options, stdout, cancellationToken);
            await session.Completion;
            return ExitCode.Ok;
        });
        return command;
    }

    // Kestrel would listen on every interface for a host name it cannot bind to; a preview should not.
    private static string ParseHost(string text) =>
        text == "localhost" || IPAddress.TryParse(text, out _)
            ? text
            : throw new UsageException($"--host '{text}' is not an IP address or localhost; use 127.0.0.1 to serve only this machine");

    private static int ParsePort(int value) =>
        value is >= 0 and <= 65535 ? value : throw new UsageException($"--port {value} is not a port number from 0 to 65535");
}
