namespace RunnersQA.Model;

/// <summary>A term of a taxonomy (a tag, a level) with its page URL and how many published answers carry it.</summary>
public sealed record Term(string Id, string Name, string Description, string Url, int Count, Taxonomy Taxonomy)
{
    /// <summary>A tag about health: its answers' pages are medical web pages.</summary>
    public bool Medical { get; init; }

    /// <summary>When a reader should see a clinician, shown on its answers; null for none.</summary>
    public string? SeeAClinician { get; init; }
}
