using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>When the site declares a taxonomy's terms (tags in tags.yml, others in site.yml), answers may use only those.</summary>
public sealed class UnknownTerm : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var taxonomy in content.Taxonomies.Where(t => t.TermsDeclared))
        {
            foreach (var term in content.Answers.SelectMany(a => a.TermsOf(taxonomy.Field)))
            {
                if (Problem(taxonomy, term.Value) is { } problem) bag.Error(term.Location, DiagnosticCode.UnknownTag, problem.Message, problem.Hint);
            }
        }
    }

    /// <summary>What is wrong with a term, in the words <c>check</c> and <c>new</c> both use; null when the taxonomy allows it.</summary>
    public static (string Message, string Hint)? Problem(TaxonomyDefinition taxonomy, string term)
    {
        if (!taxonomy.TermsDeclared || taxonomy.Terms.ContainsKey(term)) return null;
        var nearest = NearestName.Find(term, taxonomy.Terms.Keys);
        return ($"{taxonomy.Term} '{term}' is not in {taxonomy.TermsPlace}",
            nearest is null
                ? $"use a {taxonomy.Term} from {taxonomy.TermsFile}, or add '{term}' there with a name and description"
                : $"did you mean '{nearest}'? Otherwise add '{term}' to {taxonomy.TermsPlace}");
    }
}
