namespace RunnersQA.Model;

/// <summary>Some terms of one taxonomy: an answer's (in the order its front matter gives them), or a search filter's.</summary>
public sealed record TermList(Taxonomy Taxonomy, ValueList<Term> Terms);
