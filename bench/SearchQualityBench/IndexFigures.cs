namespace RunnersQA.Bench;

/// <summary>What building an engine's index cost, and what it takes on disk.</summary>
public sealed record IndexFigures(SearchEngine Engine, TimeSpan Build, long Bytes, int Files, int Pages);
