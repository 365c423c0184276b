using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>A review is who and when: <c>reviewed_by</c> and <c>reviewed</c> go together, one is no review.</summary>
public sealed class ReviewPair : IAnswerLocalRule
{
    private static readonly (Field By, Field On) Fields = (AnswerFields.ReviewedBy, AnswerFields.Reviewed);

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            // A `reviewed:` that is not a date is not read (its error says so); it is missing all the same.
            switch (answer.ReviewedBy, answer.Reviewed)
            {
                case ({ } by, null):
                    bag.Error(by.Location, DiagnosticCode.MissingField, $"`{Fields.By.Name}: {by.Value}` has no `{Fields.On.Name}:` date with it",
                        $"add the day {by.Value} checked the answer, for example `{Fields.On.Example}`, or remove `{Fields.By.Name}:`");
                    break;
                case (null, { } on):
                    bag.Error(on.Location, DiagnosticCode.MissingField, $"`{Fields.On.Name}: {on.Value:yyyy-MM-dd}` does not say who reviewed the answer",
                        $"add the reviewer's expert id, for example `{Fields.By.Example}`, or remove `{Fields.On.Name}:`");
                    break;
            }
        }
    }
}
