namespace RunnersQA.Model;

/// <summary>A tag with its page URL and how many published answers carry it.</summary>
public sealed record Tag(string Id, string Name, string Description, string Url, int Count);
