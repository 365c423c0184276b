using System.Text.Json;

namespace RunnersQA.Content;

/// <summary>
/// The Decap CMS the editor at /admin/ runs: copied from a pinned npm install (package.json and its lock at the
/// site's root, `npm ci`), never fetched at run time. Found as Node finds a package, in node_modules/ of the
/// input folder or of a folder above it; only the version pinned here is used.
/// </summary>
/// <param name="Folder">Its dist/ folder: decap-cms.js and the chunks it loads from beside itself.</param>
public sealed record DecapInstall(string Folder, string Version)
{
    /// <summary>The version package.json pins; a test holds the two to each other.</summary>
    public const string PinnedVersion = "3.16.3";

    /// <summary>The pinned install above <paramref name="inputRoot"/>, the version found when it is another, or neither.</summary>
    public static (DecapInstall? Install, string? OtherVersion) Find(string inputRoot)
    {
        for (var folder = new DirectoryInfo(inputRoot); folder is not null; folder = folder.Parent)
        {
            var package = Path.Combine(folder.FullName, "node_modules", "decap-cms", "package.json");
            if (!File.Exists(package)) continue;
            using var json = JsonDocument.Parse(File.ReadAllText(package));
            var version = json.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "";
            var dist = Path.Combine(Path.GetDirectoryName(package)!, "dist");
            return version == PinnedVersion && File.Exists(Path.Combine(dist, "decap-cms.js")) ? (new DecapInstall(dist, version), null) : (null, version);
        }
        return (null, null);
    }

    /// <summary>The script and its chunks, by file name (no source maps: they are for Decap's own developers).</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Files() =>
        Directory.EnumerateFiles(Folder, "*decap-cms.js").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));
}
