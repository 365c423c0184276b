using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A published answer whose review is overdue (<see cref="ReviewSchedule"/>): a warning, since the answer is not
/// wrong for it, but health advice that nobody has checked for a while may have fallen behind the evidence.
/// </summary>
public sealed class ReviewOverdue(TimeProvider clock) : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var today = ReviewSchedule.Today(clock);
        foreach (var due in ReviewSchedule.Of(content).Where(d => d.IsOverdue(today)))
        {
            var message = due.NeverReviewed
                ? $"the answer has never been reviewed, and a review has been due since {due.Due:yyyy-MM-dd}: {due.Reason}"
                : $"the review is overdue, due since {due.Due:yyyy-MM-dd}: {due.Reason}";
            bag.Warning(due.At, DiagnosticCode.ReviewOverdue, message,
                $"ask an expert other than the author ({due.Answer.Expert.Value}) to check the answer{(due.NeverReviewed ? "" : " again")}, " +
                $"then set `{AnswerFields.ReviewedBy.Name}:` to their id and `{AnswerFields.Reviewed.Name}:` to the day they did");
        }
    }
}
