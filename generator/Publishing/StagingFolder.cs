using System.Collections.Concurrent;
using RunnersQA.Diagnostics;

namespace RunnersQA.Publishing;

/// <summary>
/// A site being written: each file goes into a temporary folder beside the target as soon as it is made
/// (pages straight from rendering, so a large site is never held in memory whole), and <see cref="Commit"/>
/// swaps the folder in. Disposed without a commit, the folder is deleted and the target stays as it was.
/// A file whose bytes match the target's keeps the target's timestamp, so rsync-style deploys upload only
/// what changed. Safe to write from many threads.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _parent;
    private readonly string _name;
    private readonly string _temp;
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private int _written;
    private int _changed;

    private StagingFolder(string target, string parent, string name)
    {
        _target = target;
        _parent = parent;
        _name = name;
        _temp = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_temp);
    }

    public static StagingFolder Begin(string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full) ?? throw new UsageException($"cannot write a site to {full}");
        if (File.Exists(full)) throw new UsageException($"the output path {target} is a file, not a folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        // A build that was killed (a hang stopped by CI, Ctrl+C) leaves its staging folder behind: it is of no use.
        foreach (var left in new DirectoryInfo(parent).EnumerateDirectories($".{name}.tmp-*"))
            left.Delete(recursive: true);
        return new StagingFolder(full, parent, name);
    }

    public void Write(OutputFile file)
    {
        var destination = SiteWriter.Inside(_temp, file.Path);
        var folder = Path.GetDirectoryName(destination)!;
        // Each folder once (thousands of pages share a handful of folders' parents); other writers to it wait.
        _ = _folders.GetOrAdd(folder, static f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        File.WriteAllBytes(destination, file.Bytes.Span);
        var previous = Path.Combine(_target, file.Path);
        if (SiteWriter.SameBytes(previous, file.Bytes.Span))
            File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(previous));
        else
            Interlocked.Increment(ref _changed);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Puts the written site in the target's place.</summary>
    public SiteWriter.Result Commit()
    {
        SiteWriter.Swap(_temp, _target, _parent, _name);
        return new SiteWriter.Result(_written, _changed);
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp)) Directory.Delete(_temp, recursive: true);
    }
}
