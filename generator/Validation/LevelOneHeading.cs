using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>The title is the page's one <c>h1</c>; a <c>#</c> heading in the answer would make a second.</summary>
public sealed class LevelOneHeading : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var heading in content.Answers.SelectMany(a => a.Question.Headings.Concat(a.Body.Headings)).Where(h => h.Value == 1))
            bag.Error(heading.Location, DiagnosticCode.LevelOneHeading, "a level-1 heading (`#`) in the answer",
                "start sections with `##`: the title is already the page's only `#` heading");
    }
}
