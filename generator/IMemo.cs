namespace RunnersQA;

/// <summary>
/// What a stage made, found again by the value of what it was made from: how a build session lets a stage skip
/// work it has done. The key must hold everything the result depends on, so a stage is as correct with a memo
/// as without one (docs/architecture.md, "Reuse"). Safe to use from parallel work.
/// </summary>
public interface IMemo<in TKey, TValue> where TKey : notnull
{
    /// <summary>The result kept for an equal key, if any.</summary>
    bool TryGet(TKey key, out TValue value);

    /// <summary>Keeps a result made now for its key; the first kept for a key wins, and is returned.</summary>
    TValue Keep(TKey key, TValue value);
}
