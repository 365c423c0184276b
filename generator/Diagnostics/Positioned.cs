namespace RunnersQA.Diagnostics;

/// <summary>A value read from input, with where it was written, so later rules can point at it.</summary>
public readonly record struct Positioned<T>(T Value, SourceLocation Location);
