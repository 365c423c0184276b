using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>An answer cannot be updated before it was published.</summary>
public sealed class UpdatedBeforeDate : IAnswerLocalRule
{
    private static readonly string Updated = AnswerFields.Updated.Name;
    private static readonly string Date = AnswerFields.Date.Name;

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            if (answer.Updated is { } updated && updated.Value < answer.Date.Value)
                bag.Error(updated.Location, DiagnosticCode.UpdatedBeforeDate,
                    $"`{Updated}` ({updated.Value:yyyy-MM-dd}) is before `{Date}` ({answer.Date.Value:yyyy-MM-dd})",
                    $"set `{Updated}` to the day you changed the answer, on or after its date, or remove the line");
        }
    }
}
