using RunnersQA.Diagnostics;

namespace RunnersQA.Publishing;

/// <summary>
/// Writes a built site so that the target is never half-written: a whole site goes through a
/// <see cref="StagingFolder"/> folder that takes the target's place; the preview server's private folder is
/// updated in place, file by file.
/// </summary>
public static class SiteWriter
{
    public sealed record Result(int Written, int Changed);

    /// <summary>
    /// Brings a site folder that holds an earlier build up to date in place: writes the files whose bytes differ
    /// from what is there, each replaced whole (written beside it, then moved over it), and deletes the
    /// files the build no longer has. For the preview server, whose folder is private and always complete.
    /// </summary>
    public static Result Update(string target, IReadOnlyList<OutputFile> files, IEnumerable<string> removed)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var changed = 0;
        Parallel.ForEach(files, file =>
        {
            var destination = Inside(full, file.Path);
            if (SameBytes(destination, file.Bytes.Span)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var temp = $"{destination}.tmp-{Guid.NewGuid():N}";
            File.WriteAllBytes(temp, file.Bytes.Span);
            File.Move(temp, destination, overwrite: true);
            Interlocked.Increment(ref changed);
        });
        foreach (var path in removed)
        {
            var destination = Inside(full, path);
            if (!File.Exists(destination)) continue;
            File.Delete(destination);
            // Leaves no empty folder behind for a page that is gone.
            for (var folder = Path.GetDirectoryName(destination)!; folder != full && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
        }
        return new Result(files.Count, changed);
    }

    internal static void Swap(string temp, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            Directory.Move(old, target); // put the previous site back as it was
            throw;
        }
        Directory.Delete(old, recursive: true);
    }

    internal static string Inside(string root, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write {relative} outside the output folder");
        return path;
    }

    internal static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
