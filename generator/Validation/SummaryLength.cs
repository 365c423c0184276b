using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>The summary is shown in cards, feeds and search results: one or two sentences.</summary>
public sealed class SummaryLength : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var max = AnswerFields.Summary.MaxLength!.Value;
        foreach (var answer in content.Answers)
        {
            if (answer.Summary is { } summary && summary.Value.Length > max)
                bag.Error(summary.Location, DiagnosticCode.SummaryLength, $"the summary is {summary.Value.Length} characters; at most {max}",
                    $"keep it to one or two sentences, or remove `{AnswerFields.Summary.Name}:` to use the answer's first paragraph");
        }
    }
}
