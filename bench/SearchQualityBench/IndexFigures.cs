namespace RunnersQA.Bench;

/// <summary>What building an engine's index cost, and what it takes on disk.</summary>
/// <param name="Words">Distinct words (terms) indexed, as the engine reports them; -1 when it does not.</param>
public sealed record IndexFigures(SearchEngine Engine, TimeSpan Build, long Bytes, int Files, int Pages, int Words);
