namespace RunnersQA.Pipeline;

/// <summary>The memos of one build session, all made here, so that ending a build ends every one of them.</summary>
internal sealed class SessionMemos
{
    private readonly List<Action> _ends = [];

    public SessionMemo<TKey, TValue> New<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
    {
        var memo = new SessionMemo<TKey, TValue>(comparer);
        _ends.Add(memo.EndBuild);
        return memo;
    }

    /// <summary>Ends a build in every memo: what it used is what each keeps.</summary>
    public void EndBuild()
    {
        foreach (var end in _ends) end();
    }
}
