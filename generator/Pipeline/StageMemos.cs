using RunnersQA.Content;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Model;
using RunnersQA.Search;
using RunnersQA.Validation;

namespace RunnersQA.Pipeline;

/// <summary>What the stages of one pass may reuse; all null for a one-off build or check, which reuse nothing.</summary>
internal sealed record StageMemos(
    IMemo<FileStamp, string>? FileHashes,
    IMemo<AnswerSource, LoadedAnswer>? Answers,
    IMemo<FindingsKey, IReadOnlyList<Diagnostic>>? Findings,
    ModelMemo? Model,
    SearchIndexCache? Search)
{
    public static StageMemos None { get; } = new(null, null, null, null, null);
}
