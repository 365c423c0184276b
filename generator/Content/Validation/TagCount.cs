using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>At most six tags: beyond that a tag stops saying what an answer is about. (None is a missing field.)</summary>
public sealed class TagCount : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var max = AnswerFields.Tags.MaxItems;
        foreach (var answer in content.Answers.Where(a => a.Tags.Count > max))
            bag.Error(answer.Tags[max].Location, DiagnosticCode.TagCount, $"the answer has {answer.Tags.Count} tags; at most {max}",
                $"keep the {max} tags that best say what the answer is about");
    }
}
