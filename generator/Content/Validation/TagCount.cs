using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>At most six tags: beyond that a tag stops saying what an answer is about. (None is a missing field.)</summary>
public sealed class TagCount : IAnswerLocalRule
{
    public const int Max = 6;

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers.Where(a => a.Tags.Count > Max))
            bag.Error(answer.Tags[Max].Location, DiagnosticCode.TagCount, $"the answer has {answer.Tags.Count} tags; at most {Max}",
                $"keep the {Max} tags that best say what the answer is about");
    }
}
