using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A published answer may not be dated after today: readers would see a date they have not reached.
/// "Today" is taken generously (anywhere on Earth: UTC + 1 day), so an author ahead of UTC is never wrong.
/// </summary>
public sealed class FutureDate(TimeProvider clock) : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        foreach (var answer in content.Answers.Where(a => !a.Draft && a.Date.Value > latest))
            bag.Error(answer.Date.Location, DiagnosticCode.FutureDate, $"the date {answer.Date.Value:yyyy-MM-dd} is in the future",
                "use the day the answer is published, or add `draft: true` until then");
    }
}
