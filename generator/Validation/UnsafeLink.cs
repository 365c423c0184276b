using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Validation;

/// <summary>Only http, https and mailto links (and site-relative ones) may reach a reader.</summary>
public sealed class UnsafeLink : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            Report(answer.Question.Links.Concat(answer.Body.Links), bag);
            foreach (var exercise in answer.Exercises)
            {
                if (!LinkPolicy.IsHttp(exercise.Url.Value))
                    bag.Error(exercise.Url.Location, DiagnosticCode.UnsafeLink, $"exercise link '{exercise.Url.Value}' is not an http or https URL",
                        "give the full address of the video or article, starting with https://");
            }
        }
        foreach (var expert in content.Experts)
        {
            Report(expert.Bio.Links, bag);
            Report(expert.Links.Select(l => new Positioned<string>(l.Value.Url, l.Location)), bag);
        }
    }

    private static void Report(IEnumerable<Positioned<string>> links, DiagnosticBag bag)
    {
        foreach (var link in links.Where(l => !LinkPolicy.IsAllowed(l.Value)))
            bag.Error(link.Location, DiagnosticCode.UnsafeLink, $"link '{link.Value}' uses a scheme that is not allowed", LinkPolicy.Hint);
    }
}
