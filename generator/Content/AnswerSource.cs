namespace RunnersQA.Content;

/// <summary>
/// Everything loading an answer file depends on: the file (where it is and how diagnostics name it), the hash of
/// its bytes, the site's base path, which rendered links carry, and the fields its front matter may hold (the
/// site's taxonomies add theirs). Equal sources load to equal answers.
/// </summary>
/// <param name="Media">The hash of every other file in the answer's folder (its images among them), so a changed image reloads the answers beside it.</param>
public readonly record struct AnswerSource(string FullPath, string DisplayPath, string BasePath, string Sha256, AnswerFieldSet Fields, string Media = "");
