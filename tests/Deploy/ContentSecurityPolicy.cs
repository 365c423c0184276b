using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RunnersQA.Tests.Deploy;

/// <summary>
/// A Content-Security-Policy header value ("default-src 'self'; img-src 'self' data:") read into directives,
/// answering what a browser would allow: a URL for a kind of fetch, or an inline script or style. It follows
/// CSP Level 3 closely enough for a static site (fallbacks to default-src, 'self', scheme and host sources,
/// 'unsafe-inline', hashes, nonces), so the tests check pages against whatever the policy actually says.
/// </summary>
internal sealed partial class ContentSecurityPolicy
{
    // Which directive governs a kind of fetch when the more specific one is absent (CSP3 §6.8.3).
    private static readonly Dictionary<string, string[]> Fallbacks = new(StringComparer.Ordinal)
    {
        ["script-src-elem"] = ["script-src-elem", "script-src", "default-src"],
        ["script-src-attr"] = ["script-src-attr", "script-src", "default-src"],
        ["style-src-elem"] = ["style-src-elem", "style-src", "default-src"],
        ["style-src-attr"] = ["style-src-attr", "style-src", "default-src"],
        ["frame-src"] = ["frame-src", "child-src", "default-src"],
        ["worker-src"] = ["worker-src", "child-src", "script-src", "default-src"],
        ["img-src"] = ["img-src", "default-src"],
        ["connect-src"] = ["connect-src", "default-src"],
        ["font-src"] = ["font-src", "default-src"],
        ["media-src"] = ["media-src", "default-src"],
        ["manifest-src"] = ["manifest-src", "default-src"],
        ["object-src"] = ["object-src", "default-src"],
    };

    private readonly Dictionary<string, IReadOnlyList<string>> _directives;

    private ContentSecurityPolicy(Dictionary<string, IReadOnlyList<string>> directives) => _directives = directives;

    public IReadOnlyCollection<string> DirectiveNames => _directives.Keys;

    public static ContentSecurityPolicy Parse(string header)
    {
        var directives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var part in header.Split(';'))
        {
            var tokens = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0) continue;
            // Names are case-insensitive; a repeated directive is ignored, as browsers do.
            directives.TryAdd(tokens[0].ToLowerInvariant(), tokens[1..]);
        }
        return new ContentSecurityPolicy(directives);
    }

    /// <summary>The directive's own sources, without fallback; null when the policy does not have it.</summary>
    public IReadOnlyList<string>? SourcesOf(string directive) => _directives.GetValueOrDefault(directive);

    /// <summary>
    /// The sources that govern <paramref name="directive"/> after fallbacks (script-src-elem to script-src to
    /// default-src, ...); null when nothing restricts it (form-action, base-uri and frame-ancestors do not fall back).
    /// </summary>
    public IReadOnlyList<string>? Governing(string directive)
    {
        foreach (var name in Fallbacks.GetValueOrDefault(directive) ?? [directive])
            if (_directives.TryGetValue(name, out var sources)) return sources;
        return null;
    }

    /// <summary>Whether a fetch of <paramref name="url"/> (as written in a document at <paramref name="documentUrl"/>) is allowed.</summary>
    public bool AllowsUrl(string directive, string url, Uri documentUrl)
    {
        var sources = Governing(directive);
        if (sources is null) return true;
        var scheme = SchemeOf(url);
        Uri? target = null;
        if (scheme is null or "http" or "https" or "ws" or "wss")
        {
            if (!Uri.TryCreate(documentUrl, url.Trim(), out target)) return false;
            scheme = target.Scheme;
        }
        return sources.Any(source => Matches(source, scheme, target, documentUrl));
    }

    /// <summary>
    /// Whether inline code (a script or style element's text, or an attribute's value such as onclick or
    /// style) may run. 'unsafe-inline' allows it unless a hash or nonce is listed; a hash allows matching
    /// text (for attributes, only with 'unsafe-hashes'); a nonce allows an element that carries it.
    /// </summary>
    public bool AllowsInline(string directive, string content, string? nonce = null, bool attribute = false)
    {
        var sources = Governing(directive);
        if (sources is null) return true;
        var hashes = sources.Where(IsHashSource).ToList();
        var nonces = sources.Where(s => s.StartsWith("'nonce-", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!attribute && nonce is { Length: > 0 } && nonces.Any(n => n[7..^1] == nonce)) return true;
        if ((!attribute || HasKeyword(sources, "'unsafe-hashes'")) && hashes.Any(h => HashMatches(h, content))) return true;
        return hashes.Count == 0 && nonces.Count == 0 && HasKeyword(sources, "'unsafe-inline'");
    }

    /// <summary>Whether scripts may turn strings into code (eval, new Function).</summary>
    public bool AllowsEval => Governing("script-src-elem") is not { } sources || HasKeyword(sources, "'unsafe-eval'");

    private static bool Matches(string source, string scheme, Uri? target, Uri documentUrl)
    {
        var s = source.ToLowerInvariant();
        if (s == "'self'")
            return target is not null && target.Scheme == documentUrl.Scheme
                && string.Equals(target.Host, documentUrl.Host, StringComparison.OrdinalIgnoreCase) && target.Port == documentUrl.Port;
        if (s == "*") return scheme is "http" or "https" or "ws" or "wss";
        if (s.StartsWith('\'')) return false; // other keywords, hashes and nonces allow no URL
        if (SchemeSource().Match(s) is { Success: true } schemeOnly)
            return SchemeAllows(schemeOnly.Groups[1].Value, scheme);
        if (target is null) return false;
        var host = HostSource().Match(s);
        if (!host.Success) return false;
        if (host.Groups["scheme"].Success ? !SchemeAllows(host.Groups["scheme"].Value, scheme) : !SchemeAllows(documentUrl.Scheme, scheme)) return false;
        var pattern = host.Groups["host"].Value;
        var hostMatches = pattern.StartsWith("*.", StringComparison.Ordinal)
            ? target.Host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(target.Host, pattern, StringComparison.OrdinalIgnoreCase);
        if (!hostMatches) return false;
        var port = host.Groups["port"].Value;
        if (port.Length > 0 && port != "*" && port != target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
        if (port.Length == 0 && !target.IsDefaultPort) return false;
        var path = host.Groups["path"].Value;
        return path.Length == 0 || (path.EndsWith('/') ? target.AbsolutePath.StartsWith(path, StringComparison.Ordinal) : target.AbsolutePath == path);
    }

    // http: also allows https:, and ws: allows wss: (upgrades are allowed).
    private static bool SchemeAllows(string listed, string actual) =>
        listed == actual || (listed == "http" && actual == "https") || (listed == "ws" && actual == "wss");

    private static bool HasKeyword(IReadOnlyList<string> sources, string keyword) =>
        sources.Any(s => string.Equals(s, keyword, StringComparison.OrdinalIgnoreCase));

    private static bool IsHashSource(string source) => HashSource().IsMatch(source);

    private static bool HashMatches(string source, string content)
    {
        var match = HashSource().Match(source);
        if (!match.Success) return false;
        var bytes = Encoding.UTF8.GetBytes(content);
        var digest = match.Groups[1].Value.ToLowerInvariant() switch
        {
            "sha256" => SHA256.HashData(bytes),
            "sha384" => SHA384.HashData(bytes),
            _ => SHA512.HashData(bytes),
        };
        return Convert.ToBase64String(digest) == match.Groups[2].Value;
    }

    private static string? SchemeOf(string url) =>
        UrlScheme().Match(url.TrimStart()) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^([a-z][a-z0-9+.\-]*):", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"^([a-z][a-z0-9+.\-]*):$")]
    private static partial Regex SchemeSource();

    [GeneratedRegex(@"^(?:(?<scheme>[a-z][a-z0-9+.\-]*)://)?(?<host>(?:\*\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*)(?::(?<port>[0-9]+|\*))?(?<path>/[^?#]*)?$")]
    private static partial Regex HostSource();

    [GeneratedRegex(@"^'(sha256|sha384|sha512)-([A-Za-z0-9+/=_\-]+)'$", RegexOptions.IgnoreCase)]
    private static partial Regex HashSource();
}
