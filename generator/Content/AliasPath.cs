using System.Text.RegularExpressions;

namespace RunnersQA.Content;

/// <summary>
/// An old address of an answer (<c>aliases:</c>): a site path such as <c>/answers/old-slug/</c>. A path whose last
/// part has no extension is a folder, so <c>/answers/old-slug</c> and <c>/answers/old-slug/</c> are one address.
/// </summary>
public static partial class AliasPath
{
    /// <summary>A root-relative path of URL-safe characters: no scheme, host, "..", query or fragment. The schema says the same.</summary>
    public const string Expression = @"^/(?!/)(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+/?)*$";

    [GeneratedRegex(Expression)]
    private static partial Regex Pattern();

    /// <summary>Each part of the path becomes a folder or file name (file systems take at most 255 bytes), and the whole a path under the output.</summary>
    private const int MaxSegment = 200, MaxLength = 1000;

    /// <summary>No part starts with a dot (".", "..", ".htaccess", ".well-known": hosts give those meaning), and no control character is percent-encoded.</summary>
    public static bool IsValid(string alias) => alias.Length <= MaxLength && Pattern().IsMatch(alias) && !EncodedControl().IsMatch(alias) &&
        alias.Split('/').All(s => !s.StartsWith('.') && System.Text.Encoding.UTF8.GetByteCount(s) <= MaxSegment);

    [GeneratedRegex("%(?:[01][0-9A-Fa-f]|7[Ff])")]
    private static partial Regex EncodedControl();

    /// <summary>The path relative to the site root, as output paths are: "answers/old-slug/", "old.html".</summary>
    public static string Normalize(string alias)
    {
        var path = alias.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) return path;
        return Path.HasExtension(path[(path.LastIndexOf('/') + 1)..]) ? path : path + "/";
    }
}
