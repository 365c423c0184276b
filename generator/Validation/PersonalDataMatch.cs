namespace RunnersQA.Validation;

/// <summary>A piece of a text that looks like personal data: what kind, where it starts (in UTF-16 units) and what it says.</summary>
public readonly record struct PersonalDataMatch(PersonalDataKind Kind, int Index, string Text);
