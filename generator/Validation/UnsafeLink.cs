using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Validation;

/// <summary>
/// Only http, https and mailto links (and site-relative ones) may reach a reader; the links a field holds on its own
/// (an exercise, a source, a professional register) only http and https.
/// </summary>
public sealed class UnsafeLink : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            Report(answer.Question.Links.Concat(answer.Body.Links), bag);
            ReportNotHttp(answer.Exercises.Select(e => e.Url), "exercise", "the video or article", bag);
            ReportNotHttp(answer.Fields.Objects(AnswerFields.Sources).Select(s => s.Text(AnswerFields.SourceUrl)).OfType<Positioned<string>>(),
                "source", "the study, guideline or article", bag);
        }
        foreach (var expert in content.Experts)
        {
            Report(expert.Bio.Links, bag);
            Report(expert.Links.Select(l => new Positioned<string>(l.Value.Url, l.Location)), bag);
            if (expert.Registration?.Url is { } register) ReportNotHttp([register], "register", "the expert's entry on the public register", bag);
        }
    }

    private static void Report(IEnumerable<Positioned<string>> links, DiagnosticBag bag)
    {
        foreach (var link in links.Where(l => !LinkPolicy.IsAllowed(l.Value)))
            bag.Error(link.Location, DiagnosticCode.UnsafeLink, $"link '{link.Value}' uses a scheme that is not allowed", LinkPolicy.Hint);
    }

    /// <param name="kind">What links there, for the message: "exercise".</param>
    /// <param name="what">What the address should be of, for the hint.</param>
    private static void ReportNotHttp(IEnumerable<Positioned<string>> links, string kind, string what, DiagnosticBag bag)
    {
        foreach (var link in links.Where(l => !LinkPolicy.IsHttp(l.Value)))
            bag.Error(link.Location, DiagnosticCode.UnsafeLink, $"{kind} link '{link.Value}' is not an http or https URL",
                $"give the full address of {what}, starting with https://");
    }
}
