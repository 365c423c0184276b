using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>A link to another answer (<c>/answers/&lt;slug&gt;/</c>) must name an answer that exists.</summary>
public sealed partial class BrokenAnswerLink : IAnswerLocalRule
{
    private const string AnswersPrefix = "/answers/";

    [GeneratedRegex("^/answers/(?<slug>[^/?#]+)/?(?:[?#].*)?$")]
    private static partial Regex AnswerLink();

    /// <summary>Whether a link is one this rule checks (a link to an answer by its slug).</summary>
    public static bool Owns(string url) => url.StartsWith(AnswersPrefix, StringComparison.Ordinal) && AnswerLink().IsMatch(url);

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var slugs = content.AnswerSlugs;
        foreach (var link in content.Answers.SelectMany(a => a.Question.Links.Concat(a.Body.Links)))
        {
            if (!link.Value.StartsWith(AnswersPrefix, StringComparison.Ordinal) || AnswerLink().Match(link.Value) is not { Success: true } match) continue;
            var slug = match.Groups["slug"].Value;
            if (slugs.Contains(slug)) continue;
            var nearest = NearestName.Find(slug, slugs.Where(Slug.IsValid));
            bag.Error(link.Location, DiagnosticCode.BrokenAnswerLink, $"no answer has the slug '{slug}'",
                nearest is null
                    ? "link to an answer's file name under answers/ without '.md', as `/answers/<slug>/`"
                    : $"did you mean `/answers/{nearest}/`?");
        }
    }
}
