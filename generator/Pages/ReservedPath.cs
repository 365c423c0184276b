namespace RunnersQA.Pages;

/// <summary>
/// A path the build writes itself, relative to the site root: a folder ("tags/") holds everything under it, a
/// file ("feed.xml") only itself. Compared without case, as a case-insensitive host would serve them.
/// </summary>
/// <param name="Owner">The input file whose page this is ("answers/2026/x.md"), or null for the site's own paths.</param>
public sealed record ReservedPath(string Path, string? Owner)
{
    public static ReservedPath Folder(string path, string? owner = null) =>
        path.EndsWith('/') ? new(path, owner) : throw new ArgumentException($"a folder ends with '/': {path}", nameof(path));

    public static ReservedPath File(string path, string? owner = null) =>
        path.Length > 0 && !path.EndsWith('/') ? new(path, owner) : throw new ArgumentException($"a file does not end with '/': {path}", nameof(path));

    public bool IsFolder => Path.EndsWith('/');

    /// <summary>Whether writing <paramref name="file"/> (a file path, as pages and files are written) uses this reservation.</summary>
    public bool Covers(string file) => IsFolder
        ? file.StartsWith(Path, StringComparison.OrdinalIgnoreCase)
        : string.Equals(file, Path, StringComparison.OrdinalIgnoreCase);
}
