namespace RunnersQA.Templates;

/// <summary>
/// A theme's files with the site's overrides laid over them: a file under input/theme/ wins over the
/// file at the same relative path in the theme.
/// </summary>
public sealed record ThemeFiles(string ThemeRoot, string OverrideRoot)
{
    /// <summary>
    /// Finds a theme by name (or path): beside the input folder (themes/NAME, as in this repository),
    /// in the working directory, then the themes shipped with the tool.
    /// </summary>
    public static ThemeFiles? Locate(string nameOrPath, string inputRoot)
    {
        var overrides = Path.Combine(inputRoot, "theme");
        var candidates = new[]
        {
            Path.GetFullPath(nameOrPath),
            Path.Combine(Path.GetDirectoryName(inputRoot) ?? inputRoot, "themes", nameOrPath),
            Path.Combine(Directory.GetCurrentDirectory(), "themes", nameOrPath),
            Path.Combine(AppContext.BaseDirectory, "themes", nameOrPath),
        };
        var found = candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "templates")));
        return found is null ? null : new ThemeFiles(found, overrides);
    }

    /// <summary>Every file under <paramref name="folder"/> ("templates", "assets"), relative path to full path, in ordinal order.</summary>
    public IReadOnlyList<(string RelativePath, string FullPath)> Under(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { ThemeRoot, OverrideRoot })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(dir, file).Replace('\\', '/')] = file;
        }
        return [.. files.Select(kv => (kv.Key, kv.Value))];
    }
}
