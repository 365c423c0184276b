using System.Diagnostics;
using System.Threading.Channels;

namespace RunnersQA.Serve;

/// <summary>
/// Watches folders (the input, the theme) and hands out the changed paths in batches: a batch is ready once
/// no event has arrived for <see cref="QuietPeriod"/>, so one save (truncate, write, rename) or a checkout of
/// many files is one rebuild. Changes made while the caller is busy building wait for its next call.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(100);

    // Stands for "something changed, we do not know what": the watcher's buffer overflowed.
    private const string Unknown = "(events lost)";

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _lastEvent;

    public InputWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Record(e.FullPath);
            watcher.Created += (_, e) => Record(e.FullPath);
            watcher.Deleted += (_, e) => Record(e.FullPath);
            watcher.Renamed += (_, e) => { Record(e.OldFullPath); Record(e.FullPath); };
            watcher.Error += (_, _) => Record(Unknown);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for changes and a quiet period after them; returns the distinct paths that changed.</summary>
    public async Task<IReadOnlyCollection<string>> NextChangesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _signal.Reader.ReadAsync(cancellationToken);
            while (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastEvent)) < QuietPeriod)
                await Task.Delay(QuietPeriod, cancellationToken);
            lock (_lock)
            {
                // The signal can outlive a batch already taken; then there is nothing new.
                if (_changed.Count == 0) continue;
                var batch = _changed.ToArray();
                _changed.Clear();
                return batch;
            }
        }
    }

    private void Record(string path)
    {
        lock (_lock) _changed.Add(path);
        Interlocked.Exchange(ref _lastEvent, Stopwatch.GetTimestamp());
        _signal.Writer.TryWrite(true);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
