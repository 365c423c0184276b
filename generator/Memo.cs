namespace RunnersQA;

/// <summary>Using an <see cref="IMemo{TKey, TValue}"/> that may be absent.</summary>
public static class Memo
{
    /// <summary>The result kept for an equal key, else the one <paramref name="make"/> makes now, kept; without a memo, made.</summary>
    public static TValue Reuse<TKey, TValue>(this IMemo<TKey, TValue>? memo, TKey key, Func<TKey, TValue> make) where TKey : notnull
    {
        if (memo is null) return make(key);
        return memo.TryGet(key, out var kept) ? kept : memo.Keep(key, make(key));
    }
}
