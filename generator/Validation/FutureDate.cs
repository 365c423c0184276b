using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A published answer may not be dated after today: readers would see a date they have not reached. Nor may a review
/// or a correction, drafts' too: both say what has been done. "Today" is taken generously (anywhere on Earth: UTC +
/// 1 day), so an author ahead of UTC is never wrong.
/// </summary>
public sealed class FutureDate(TimeProvider clock) : IContentRule
{
    /// <summary>The latest day that is today somewhere on Earth.</summary>
    public static DateOnly Latest(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var latest = Latest(clock);
        foreach (var answer in content.Answers)
        {
            if (!answer.Draft && answer.Date.Value > latest)
                bag.Error(answer.Date.Location, DiagnosticCode.FutureDate, $"the date {answer.Date.Value:yyyy-MM-dd} is in the future",
                    "use the day the answer is published, or add `draft: true` until then");
            if (answer.Reviewed is { } reviewed && reviewed.Value > latest)
                bag.Error(reviewed.Location, DiagnosticCode.FutureDate, $"`{AnswerFields.Reviewed.Name}` ({reviewed.Value:yyyy-MM-dd}) is in the future",
                    $"set it to the day the review was done, not the day it is planned; `check --reviews` lists what is due");
            foreach (var correction in answer.Corrections.Where(c => c.Date.Value > latest))
                bag.Error(correction.Date.Location, DiagnosticCode.FutureDate, $"the correction's date {correction.Date.Value:yyyy-MM-dd} is in the future",
                    "use the day the answer was corrected");
        }
    }
}
