namespace RunnersQA.Search;

/// <summary>One term of one answer, with its frequency per field (16 bytes, as there are millions).</summary>
internal readonly record struct DocTerm(int Term, FieldCounts Counts);
