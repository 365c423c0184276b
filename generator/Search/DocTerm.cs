namespace RunnersQA.Search;

/// <summary>One term of one answer, with its frequency per field (kept small: every answer has one per distinct term).</summary>
internal readonly record struct DocTerm(int Term, FieldCounts Counts);
