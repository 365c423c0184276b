using RunnersQA.Cli;

namespace RunnersQA.Tests.Support;

/// <summary>One in-process run of the <c>generator</c> command line: its exit code and what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public static CliRun Invoke(params string[] args) => InvokeAs(null, args);

    /// <summary>A run as if started the way <paramref name="invocation"/> says (the installed tool when null).</summary>
    public static CliRun InvokeAs(RunnersQA.Diagnostics.Invocation? invocation, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, invocation);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
