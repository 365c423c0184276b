using System.Net;
using System.Net.Sockets;
using RunnersQA.Cli;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Serve;

/// <summary><c>serve</c>'s usage errors: each ends at once with exit code 2 and says what to do.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_port_in_use_is_a_usage_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var run = CliRun.Invoke("serve", "--input", _site.Input, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains($"port {port} on 127.0.0.1 is in use", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_a_usage_error()
    {
        var run = CliRun.Invoke("serve", "--input", _site.Input, "--host", "example.org");

        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains("--host 'example.org' is not an IP address or localhost", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        var run = CliRun.Invoke("serve", "--input", Path.Combine(_site.Root, "nowhere"), "--port", "0");

        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
    }
}
