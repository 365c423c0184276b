namespace RunnersQA.Model;

/// <summary>A mistake put right after publication.</summary>
public sealed record Correction(DisplayDate Date, string Text);
