namespace RunnersQA.Content;

/// <summary>
/// Everything loaded from input/, before validation and indexing. <see cref="AnswerSlugs"/> are those of every
/// answer file, even in a copy whose <see cref="Answers"/> are only some of them (as validation makes).
/// </summary>
public sealed record ContentSet(
    InputFolder Input,
    Files.FileListing Files,
    SiteConfig Site,
    IReadOnlyList<TaxonomyDefinition> Taxonomies,
    IReadOnlyList<ExpertFile> Experts,
    IReadOnlyList<AnswerFile> Answers,
    IReadOnlySet<string> AnswerSlugs)
{
    /// <summary>The default taxonomy, always the first.</summary>
    public TaxonomyDefinition Tags => Taxonomies[0];

    /// <summary>
    /// What each answer was loaded from, by its display path (<see cref="AnswerFile.Location"/>): the key later
    /// stages reuse their results by. Only a build that reuses work reads the files' hashes; otherwise empty.
    /// </summary>
    public IReadOnlyDictionary<string, AnswerSource> Sources { get; init; } = new Dictionary<string, AnswerSource>();

    /// <summary>synonyms.yml's groups of words that mean the same to a reader.</summary>
    public Model.ValueList<Model.ValueList<string>> Synonyms { get; init; } = [];

    /// <summary>The keys of site.yml and tags.yml that no field declares.</summary>
    public IReadOnlyList<Fields.UnknownKey> UnknownSettings { get; init; } = [];
}
