using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>An answer cannot be updated, nor corrected, before it was published.</summary>
public sealed class UpdatedBeforeDate : IAnswerLocalRule
{
    private static readonly string Updated = AnswerFields.Updated.Name;
    private static readonly string Date = AnswerFields.Date.Name;

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            var published = answer.Date.Value;
            if (answer.Updated is { } updated && updated.Value < published)
                bag.Error(updated.Location, DiagnosticCode.UpdatedBeforeDate,
                    $"`{Updated}` ({updated.Value:yyyy-MM-dd}) is before `{Date}` ({published:yyyy-MM-dd})",
                    $"set `{Updated}` to the day you changed the answer, on or after its date, or remove the line");
            foreach (var correction in answer.Corrections.Where(c => c.Date.Value < published))
                bag.Error(correction.Date.Location, DiagnosticCode.UpdatedBeforeDate,
                    $"the correction's `{AnswerFields.CorrectionDate.Name}` ({correction.Date.Value:yyyy-MM-dd}) is before the answer's `{Date}` ({published:yyyy-MM-dd})",
                    $"a correction is made after publication: give the day you corrected the answer, on or after {published:yyyy-MM-dd}");
        }
    }
}
