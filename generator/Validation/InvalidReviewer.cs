using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// <c>reviewed_by</c> must name an expert other than the author: a review is a second expert's check, and readers
/// are told who did it, linked to their page.
/// </summary>
public sealed class InvalidReviewer : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var ids = content.Experts.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in content.Answers)
        {
            if (answer.ReviewedBy is not { } by) continue;
            if (by.Value == answer.Expert.Value)
                bag.Error(by.Location, DiagnosticCode.InvalidReviewer, $"`{AnswerFields.ReviewedBy.Name}` is the answer's own expert, '{by.Value}'",
                    $"a review is another expert's check: ask a colleague to review the answer and put their id here, or remove `{AnswerFields.ReviewedBy.Name}:` and `{AnswerFields.Reviewed.Name}:`");
            else if (UnknownExpert.Problem(by.Value, ids, content.Input) is { } problem)
                bag.Error(by.Location, DiagnosticCode.InvalidReviewer, problem.Message, problem.Hint);
        }
    }
}
