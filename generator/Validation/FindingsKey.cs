using RunnersQA.Content;

namespace RunnersQA.Validation;

/// <summary>
/// What the <see cref="IAnswerLocalRule"/>s' findings about one answer depend on: the answer's source and which
/// slugs exist (as a hash of the sorted set). Equal keys give equal findings.
/// </summary>
public readonly record struct FindingsKey(AnswerSource Answer, string SlugsSha256);
