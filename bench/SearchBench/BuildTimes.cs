namespace RunnersQA.Bench;

/// <summary>Wall time of the whole build, and of its "search" stage (building and serialising the index).</summary>
public sealed record BuildTimes(TimeSpan Build, TimeSpan SearchIndex);
