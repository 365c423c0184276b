namespace RunnersQA.Serve;

/// <summary>What <c>serve</c> builds and where it listens. A null theme falls back to site.yml, as in <c>build</c>.</summary>
/// <param name="Host">An IP address or localhost.</param>
/// <param name="Port">0 lets the system choose a free port (tests do).</param>
public sealed record PreviewOptions(
    string Input = "input",
    string Host = "127.0.0.1",
    int Port = 5080,
    bool Drafts = false,
    string? Theme = null)
{
    /// <summary>How the user ran the generator, for hints that name a command.</summary>
    public Diagnostics.Invocation Invocation { get; init; } = Diagnostics.Invocation.Installed;

    public Uri ListenOn => new UriBuilder(Uri.UriSchemeHttp, Host, Port).Uri;
}
