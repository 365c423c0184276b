namespace RunnersQA.Content;

/// <summary>Everything loaded from input/, before validation and indexing.</summary>
public sealed record ContentSet(
    InputFolder Input,
    SiteConfig Site,
    IReadOnlyDictionary<string, TagDefinition> Tags,
    bool TagsDeclared,
    IReadOnlyList<ExpertFile> Experts,
    IReadOnlyList<AnswerFile> Answers);
