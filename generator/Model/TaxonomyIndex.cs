using System.Collections.Frozen;

namespace RunnersQA.Model;

/// <summary>A taxonomy's terms on the site, and the published answers filed under each.</summary>
public sealed class TaxonomyIndex
{
    public TaxonomyIndex(Taxonomy taxonomy, IReadOnlyList<Term> terms, FrozenDictionary<string, ValueList<Answer>> answersByTerm)
    {
        Taxonomy = taxonomy;
        Terms = terms;
        InUse = terms.Where(t => t.Count > 0).ToValueList();
        AnswersByTerm = answersByTerm;
    }

    public Taxonomy Taxonomy { get; }

    /// <summary>Every term the site declares (or its answers use, when it declares none), largest first, then by name.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The terms with at least one published answer, in the order of <see cref="Terms"/>.</summary>
    public ValueList<Term> InUse { get; }

    /// <summary>Each term's published answers, newest first.</summary>
    public FrozenDictionary<string, ValueList<Answer>> AnswersByTerm { get; }
}
