namespace RunnersQA.Content;

/// <summary>One of an expert's own links (website, social profile).</summary>
public sealed record ExpertLink(string Label, string Url);
