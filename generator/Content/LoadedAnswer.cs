using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>An answer file as loaded, with what loading it reported.</summary>
public sealed record LoadedAnswer(AnswerFile File, IReadOnlyList<Diagnostic> Diagnostics);
