namespace RunnersQA.Model;

/// <summary>One correction with the answer it was made to, as the corrections page and its feed list them.</summary>
public sealed record PublishedCorrection(Correction Correction, Answer Answer);
