namespace RunnersQA.Content;

/// <summary>
/// Everything loading an answer file depends on: the file (where it is and how diagnostics name it), the hash of
/// its bytes, and the site's base path, which rendered links carry. Equal sources load to equal answers.
/// </summary>
public readonly record struct AnswerSource(string FullPath, string DisplayPath, string BasePath, string Sha256);
