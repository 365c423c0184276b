namespace RunnersQA.Model;

/// <summary>Who last checked an answer, and when: another expert, resolved.</summary>
public sealed record Review(Expert Reviewer, DisplayDate Date);
