using System.Text.RegularExpressions;

namespace RunnersQA.Tests.Deploy;

/// <summary>One <c>[[headers]]</c> table of netlify.toml: the path pattern in <c>for</c> and the headers it sets.</summary>
internal sealed class NetlifyHeaderRule
{
    private readonly Regex _pattern;

    public NetlifyHeaderRule(string forPath, IReadOnlyDictionary<string, string> values)
    {
        For = forPath;
        Values = values;
        _pattern = PatternFor(forPath);
    }

    public string For { get; }

    /// <summary>Header names are case-insensitive; the dictionary compares them so.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Whether a request for <paramref name="path"/> ("/search/s/ab12.json") gets these headers.</summary>
    public bool Matches(string path) => _pattern.IsMatch(path);

    /// <summary>
    /// Netlify's reading of a <c>for</c> path (as in its headers parser): a segment ":name" is one segment, a
    /// segment "*" is anything (or nothing), a "*" inside a segment is a wildcard within the text, whose other
    /// characters are left as they are (so "." matches any character, as on Netlify); a trailing slash is
    /// optional and case is ignored. Mirrored faithfully so a pattern that over-matches on Netlify over-matches here.
    /// </summary>
    private static Regex PatternFor(string forPath)
    {
        var parts = forPath.Split('/').Select(p => p.TrimEnd()).Where(p => p.Length > 0).Select(part =>
            part.StartsWith(':') ? "([^/]+)"
            : part == "*" ? "?(.*)"
            : part.Contains('*') ? part.Replace("*", "(.*)", StringComparison.Ordinal)
            : Regex.Escape(part));
        return new Regex($"^/{string.Join('/', parts)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
