using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>The summary is shown in cards, feeds and search results: one or two sentences.</summary>
public sealed class SummaryLength : IAnswerLocalRule
{
    public const int Max = 300;

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            if (answer.Summary is { } summary && summary.Value.Length > Max)
                bag.Error(summary.Location, DiagnosticCode.SummaryLength, $"the summary is {summary.Value.Length} characters; at most {Max}",
                    "keep it to one or two sentences, or remove `summary:` to use the answer's first paragraph");
        }
    }
}
