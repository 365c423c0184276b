using RunnersQA.Diagnostics;
namespace RunnersQA.Content;

/// <summary>
/// A front-matter key as written, with the key it sits under ("" at the top, "asker", "exercises"), so
/// the unknown-field rule can tell a misspelt key from a known one wherever it stands.
/// </summary>
public readonly record struct FieldKey(string Parent, Positioned<string> Name);
