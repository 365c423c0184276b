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
                if (taxonomy.Terms.ContainsKey(term.Value)) continue;
                var nearest = NearestName.Find(term.Value, taxonomy.Terms.Keys);
                bag.Error(term.Location, DiagnosticCode.UnknownTag, $"{taxonomy.Term} '{term.Value}' is not in {taxonomy.TermsPlace}",
                    nearest is null
                        ? $"use a {taxonomy.Term} from {taxonomy.TermsFile}, or add '{term.Value}' there with a name and description"
                        : $"did you mean '{nearest}'? Otherwise add '{term.Value}' to {taxonomy.TermsPlace}");
            }
        }
    }
}
