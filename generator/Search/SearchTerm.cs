namespace RunnersQA.Search;

/// <summary>
/// What the search index reads of a taxonomy term of an answer: its taxonomy's ref prefix and its id (a filter
/// term, and the fragment's `g`), and its name (text).
/// </summary>
internal readonly record struct SearchTerm(string RefPrefix, string Id, string Name);
