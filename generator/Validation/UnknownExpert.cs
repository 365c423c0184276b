using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>An answer's <c>expert:</c> must name a file in experts/.</summary>
public sealed class UnknownExpert : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var ids = content.Experts.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in content.Answers)
        {
            var expert = answer.Expert;
            if (expert.Value.Length == 0 || ids.Contains(expert.Value)) continue;
            var nearest = NearestName.Find(expert.Value, ids);
            bag.Error(expert.Location, DiagnosticCode.UnknownExpert, $"no expert has the id '{expert.Value}'",
                nearest is null
                    ? $"use the name of a file in {content.Input.Display(content.Input.ExpertsPath)}/ without '.md', or add experts/{expert.Value}.md"
                    : $"did you mean '{nearest}'? The id is the file name in experts/ without '.md'");
        }
    }
}
