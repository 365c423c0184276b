namespace RunnersQA.Diagnostics;

/// <summary>Says, for tests, that a stage is about to work on an item, so that a fault can be injected there.</summary>
public delegate void FaultProbe(string stage, string item);
