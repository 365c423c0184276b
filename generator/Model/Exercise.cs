namespace RunnersQA.Model;

/// <summary>A recommended exercise with its kind spelled out for readers.</summary>
public sealed record Exercise(string Title, string Url, string Kind, string KindLabel, int? Minutes);
