using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>An answer cannot be updated before it was published.</summary>
public sealed class UpdatedBeforeDate : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            if (answer.Updated is { } updated && updated.Value < answer.Date.Value)
                bag.Error(updated.Location, DiagnosticCode.UpdatedBeforeDate,
                    $"`updated` ({updated.Value:yyyy-MM-dd}) is before `date` ({answer.Date.Value:yyyy-MM-dd})",
                    "set `updated` to the day you changed the answer, on or after its date, or remove the line");
        }
    }
}
