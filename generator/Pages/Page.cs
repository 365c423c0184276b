namespace RunnersQA.Pages;

/// <summary>
/// One HTML page to render: where it goes, which template draws it, and the values that template
/// receives besides <c>site</c> and <c>page</c>.
/// </summary>
public sealed record Page(string OutputPath, string Template, PageInfo Info, IReadOnlyDictionary<string, object?> Values);
