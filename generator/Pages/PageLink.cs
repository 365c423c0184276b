namespace RunnersQA.Pages;

/// <summary>One numbered link in a pagination bar.</summary>
public sealed record PageLink(int Number, string Url, bool IsCurrent);
