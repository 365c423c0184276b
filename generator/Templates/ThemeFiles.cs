using RunnersQA.Content;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Templates;

/// <summary>
/// A theme's files with the site's overrides laid over them: a file under input/theme/ wins over the
/// file at the same relative path in the theme. Both are listed without following links (<see cref="FileListing"/>),
/// and read only through their listing.
/// </summary>
public sealed class ThemeFiles
{
    private static readonly string[] Folders = ["templates", "assets", "i18n"];

    private readonly FileListing _theme;
    private readonly FileListing _overrides;

    private ThemeFiles(string themeRoot, string overrideRoot, FileListing theme, FileListing overrides)
    {
        ThemeRoot = themeRoot;
        OverrideRoot = overrideRoot;
        _theme = theme;
        _overrides = overrides;
    }

    public string ThemeRoot { get; }
    public string OverrideRoot { get; }

    /// <summary>
    /// Finds a theme folder by name (or, from the command line, by path): beside the input folder (themes/NAME,
    /// as in this repository), in the working directory, then the themes shipped with the tool.
    /// </summary>
    public static string? Find(string nameOrPath, string inputRoot)
    {
        var candidates = new[]
        {
            Path.GetFullPath(nameOrPath),
            Path.Combine(Path.GetDirectoryName(inputRoot) ?? inputRoot, "themes", nameOrPath),
            Path.Combine(Directory.GetCurrentDirectory(), "themes", nameOrPath),
            Path.Combine(AppContext.BaseDirectory, "themes", nameOrPath),
        };
        return candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "templates")));
    }

    /// <param name="inputFiles">The input's listing, which holds the overrides under theme/.</param>
    public static ThemeFiles Load(string themeRoot, InputFolder input, FileListing inputFiles, DiagnosticBag bag) =>
        new(themeRoot, input.ThemeOverridesPath, FileListing.Scan(themeRoot, Folders, input.Display, bag), inputFiles);

    /// <summary>Every file under <paramref name="folder"/> ("templates", "assets"), relative path to full path, in ordinal order.</summary>
    public IReadOnlyList<(string RelativePath, string FullPath)> Under(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (root, listing) in new[] { (ThemeRoot, _theme), (OverrideRoot, _overrides) })
        {
            var dir = Path.Combine(root, folder);
            foreach (var file in listing.Under(dir, ""))
                files[Path.GetRelativePath(dir, file.FullName).Replace('\\', '/')] = file.FullName;
        }
        return [.. files.Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>
    /// The theme's file at <paramref name="relativePath"/> and the site's override of it, each null when absent: for
    /// files merged key by key (the strings) rather than replaced whole.
    /// </summary>
    public (string? Theme, string? Override) Layers(string relativePath)
    {
        var (theme, over) = (Path.Combine(ThemeRoot, relativePath), Path.Combine(OverrideRoot, relativePath));
        return (_theme.Contains(theme) ? theme : null, _overrides.Contains(over) ? over : null);
    }

    /// <summary>The file at <paramref name="relativePath"/> under <paramref name="folder"/>, the site's override when it has one; null when neither has it.</summary>
    public string? FileAt(string folder, string relativePath)
    {
        var path = Path.Combine(folder, relativePath);
        var (theme, over) = Layers(path);
        return over ?? theme;
    }

    /// <summary>Whether a file of <see cref="Under"/> is the site's own (under input/theme/) rather than the theme's.</summary>
    public bool IsOverride(string fullPath) => _overrides.Contains(fullPath);

    public string? ReadText(string fullPath, DiagnosticBag bag) => ListingOf(fullPath).ReadText(fullPath, bag);

    public byte[]? ReadBytes(string fullPath, DiagnosticBag bag) =>
        ListingOf(fullPath).ReadBytes(fullPath, FileKind.ThemeAsset, bag);

    private FileListing ListingOf(string fullPath) => _overrides.Contains(fullPath) ? _overrides : _theme;
}
