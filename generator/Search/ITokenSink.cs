namespace RunnersQA.Search;

/// <summary>Receives tokens as spans, so indexing a large site does not allocate a string per word.</summary>
internal interface ITokenSink
{
    /// <param name="word">The surface word (analysis steps 1-3), never a stop word.</param>
    /// <param name="stem">Its Porter stem.</param>
    void Token(ReadOnlySpan<char> word, ReadOnlySpan<char> stem);
}
