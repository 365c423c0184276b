using System.Collections.Concurrent;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>
/// What earlier loads made of each answer file, with its diagnostics, so a rebuild re-reads only the files
/// whose size or modification time changed. Held by one build session; safe to use from parallel loads.
/// </summary>
/// <remarks>
/// Answers only: each depends on its own bytes and the base path alone. Experts are few and their loader
/// looks at other files (photos), so they are always read.
/// </remarks>
public sealed class AnswerFileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private string? _basePath;

    /// <summary>The answer the file held last time, if it has not changed since; its diagnostics go into the bag.</summary>
    internal AnswerFile? Find(FileInfo file, DiagnosticBag bag)
    {
        if (!_entries.TryGetValue(file.FullName, out var entry) || entry.Racy || entry.Length != file.Length || entry.Modified != file.LastWriteTimeUtc)
            return null;
        foreach (var diagnostic in entry.Diagnostics) bag.Add(diagnostic);
        return entry.Answer;
    }

    /// <param name="listedAt">When the file's size and time were read, before its text was.</param>
    internal void Remember(FileInfo file, DateTime listedAt, AnswerFile answer, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[file.FullName] = new Entry(file.Length, file.LastWriteTimeUtc, answer, diagnostics,
            // As git does: a file changed so close to the listing that another write could land within the same
            // clock tick, keeping size and time, is read again next time instead of trusted.
            Racy: file.LastWriteTimeUtc >= listedAt - TimeSpan.FromSeconds(1));

    /// <summary>Starts a load: forgets everything if the base path (which rendered links depend on) changed.</summary>
    internal void Begin(string basePath)
    {
        if (_basePath != basePath) _entries.Clear();
        _basePath = basePath;
    }

    /// <summary>Ends a load: forgets the files that are gone.</summary>
    internal void Keep(IReadOnlySet<string> paths)
    {
        foreach (var path in _entries.Keys.Where(p => !paths.Contains(p))) _entries.TryRemove(path, out _);
    }

    private sealed record Entry(long Length, DateTime Modified, AnswerFile Answer, IReadOnlyList<Diagnostic> Diagnostics, bool Racy);
}
