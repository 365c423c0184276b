using RunnersQA.Diagnostics;
using RunnersQA.Outputs;

namespace RunnersQA.Output;

/// <summary>
/// Writes a built site so that the target is never half-written: everything goes into a temporary
/// folder beside it, which then takes the target's place. A file whose bytes did not change keeps
/// its old timestamp, so rsync-style deploys upload only what changed.
/// </summary>
public static class SiteWriter
{
    public sealed record Result(int Written, int Changed);

    public static Result Write(string target, IReadOnlyList<OutputFile> files)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full) ?? throw new UsageException($"cannot write a site to {full}");
        if (File.Exists(full)) throw new UsageException($"the output path {target} is a file, not a folder");
        Directory.CreateDirectory(parent);

        var name = Path.GetFileName(full);
        var temp = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        var changed = 0;
        try
        {
            // Each folder once, before the files: thousands of pages share a handful of folders' parents.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Inside(temp, f.Path))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);
            Parallel.ForEach(files, file =>
            {
                var destination = Inside(temp, file.Path);
                File.WriteAllBytes(destination, file.Bytes.Span);
                var previous = Path.Combine(full, file.Path);
                if (SameBytes(previous, file.Bytes.Span))
                    File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(previous));
                else
                    Interlocked.Increment(ref changed);
            });
            Swap(temp, full, parent, name);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
        return new Result(files.Count, changed);
    }

    private static void Swap(string temp, string target, string parent, string name)
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

    private static string Inside(string root, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write {relative} outside the output folder");
        return path;
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
