using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>One answer recommending the same link twice is a copy-paste slip.</summary>
public sealed class DuplicateExercise : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var url in answer.Exercises.Select(e => e.Url).Where(u => !seen.Add(u.Value)))
                bag.Error(url.Location, DiagnosticCode.DuplicateExercise, $"the exercise link '{url.Value}' is listed twice",
                    "remove the repeated exercise, or give it the link it was meant to have");
        }
    }
}
