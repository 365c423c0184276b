using System.Security.Cryptography;

namespace RunnersQA.Tests.Support;

/// <summary>Copies folders, and takes snapshots of them (every file's bytes hash and timestamp) to compare before and after.</summary>
internal static class FileTree
{
    public static void Copy(string source, string destination)
    {
        Assert.True(Directory.Exists(source), $"no folder {source}");
        Directory.CreateDirectory(destination);
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, dir)));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            // A fixture's symbolic link is copied as the link it is (the build must refuse it), not as the file it names.
            if (new FileInfo(file).LinkTarget is { } link)
            {
                File.Delete(target);
                File.CreateSymbolicLink(target, link);
            }
            else
            {
                File.Copy(file, target, overwrite: true);
            }
        }
    }

    /// <summary>Every file under <paramref name="root"/> (relative path with '/'), in ordinal order.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static Snapshot Take(string root) => new(
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray(),
        Files(root).ToDictionary(f => f, f => new FileState(Hash(Path.Combine(root, f)), File.GetLastWriteTimeUtc(Path.Combine(root, f))), StringComparer.Ordinal));

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public sealed record FileState(string Sha256, DateTime LastWriteUtc);

    public sealed record Snapshot(IReadOnlyList<string> Directories, IReadOnlyDictionary<string, FileState> Files)
    {
        /// <summary>Fails with the first differences when the folder is not as it was: same folders, same files, same bytes, same timestamps.</summary>
        public void AssertUnchanged(string root)
        {
            var now = Take(root);
            Assert.Equal(Directories, now.Directories);
            Assert.Equal(Files.Keys.Order(StringComparer.Ordinal), now.Files.Keys.Order(StringComparer.Ordinal));
            var changed = Files.Where(kv => now.Files[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
            Assert.True(changed.Count == 0, "changed files: " + string.Join(", ", changed));
        }
    }
}
