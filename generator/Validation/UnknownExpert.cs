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
            if (expert.Value.Length == 0 || Problem(expert.Value, ids, content.Input) is not { } problem) continue;
            bag.Error(expert.Location, DiagnosticCode.UnknownExpert, problem.Message, problem.Hint);
        }
    }

    /// <summary>What is wrong with an expert id, in the words <c>check</c> and <c>new</c> both use; null when it is known.</summary>
    public static (string Message, string Hint)? Problem(string id, IReadOnlyCollection<string> ids, InputFolder input)
    {
        if (ids.Contains(id)) return null;
        var nearest = NearestName.Find(id, ids);
        return ($"no expert has the id '{id}'",
            nearest is null
                ? $"use the name of a file in {input.Display(input.ExpertsPath)}/ without '.md', or add experts/{id}.md"
                : $"did you mean '{nearest}'? The id is the file name in experts/ without '.md'");
    }
}
