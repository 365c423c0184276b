namespace RunnersQA.Markdown;

/// <summary>Which link targets may reach a reader: relative ones, and http, https and mailto.</summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string url)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do we.
        var compact = url.AsSpan().IndexOfAnyInRange('\0', ' ') < 0 ? url : string.Concat(url.Where(c => c > ' '));
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var head = compact[..colon];
        if (head.IndexOfAny(['/', '?', '#']) >= 0) return true; // the colon is in a path or query: relative
        return AllowedSchemes.Contains(head, StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public const string Hint = "use a link that starts with https://, http:// or mailto:, or a site path such as /answers/some-answer/";
}
