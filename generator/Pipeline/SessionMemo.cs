using System.Collections.Concurrent;

namespace RunnersQA.Pipeline;

/// <summary>
/// A build session's memo for one kind of stage result. What a build asked for is what the next build can
/// reuse; results no build asked for since are dropped, so the memo holds about one site's worth.
/// </summary>
internal sealed class SessionMemo<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) : IMemo<TKey, TValue> where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> _kept = new(comparer);
    private ConcurrentDictionary<TKey, TValue> _used = new(comparer);

    public bool TryGet(TKey key, out TValue value)
    {
        // Kept first: in a rebuild nearly every key was kept, and a hit then costs two lookups, not three.
        if (_kept.TryGetValue(key, out value!))
        {
            value = _used.GetOrAdd(key, value);
            return true;
        }
        return _used.TryGetValue(key, out value!);
    }

    public TValue Keep(TKey key, TValue value) => _used.GetOrAdd(key, value);

    /// <summary>
    /// Ends a build: what it used is what is kept. A stage that did not run (an earlier one failed) asked for
    /// nothing, and keeps what it had.
    /// </summary>
    public void EndBuild()
    {
        if (_used.IsEmpty) return;
        _kept = _used;
        _used = new ConcurrentDictionary<TKey, TValue>(_kept.Comparer);
    }
}
