using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>A tag as <c>tags.yml</c> defines it.</summary>
public sealed record TagDefinition(string Id, string Name, string Description, SourceLocation Location);
