using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>The site's taxonomies: tags first, then those site.yml declares, each with its terms.</summary>
public static class TaxonomyLoader
{
    /// <param name="declared">The taxonomies site.yml declares (never tags).</param>
    /// <param name="tags">The terms of tags.yml, or null when the site has none (then any tag id is accepted).</param>
    /// <param name="answers">Where a taxonomy that declares no terms takes them from: the ids its answers use.</param>
    public static IReadOnlyList<TaxonomyDefinition> Complete(IReadOnlyList<TaxonomyDefinition> declared,
        IReadOnlyDictionary<string, TermDefinition>? tags, string tagsFile, IReadOnlyList<AnswerFile> answers)
    {
        var all = new List<TaxonomyDefinition>
        {
            new(TermsField.Tags, "Tags", "Tag", TermsField.Tags.Key + "/", tags ?? new Dictionary<string, TermDefinition>(), TermsDeclared: tags is not null, tagsFile),
        };
        all.AddRange(declared);
        return [.. all.Select(t => t.TermsDeclared ? t : t with { Terms = Used(t, answers) })];
    }

    private static Dictionary<string, TermDefinition> Used(TaxonomyDefinition taxonomy, IReadOnlyList<AnswerFile> answers) =>
        answers.SelectMany(a => a.TermsOf(taxonomy.Field)).Select(t => t.Value).Distinct()
            .ToDictionary(id => id, id => new TermDefinition(id, TagLoader.DisplayName(id), "", SourceLocation.StartOf(taxonomy.TermsFile)), StringComparer.Ordinal);
}
