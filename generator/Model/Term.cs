namespace RunnersQA.Model;

/// <summary>A term of a taxonomy (a tag, a level) with its page URL and how many published answers carry it.</summary>
public sealed record Term(string Id, string Name, string Description, string Url, int Count, Taxonomy Taxonomy);
