namespace RunnersQA.Model;

/// <summary>
/// A study, guideline or article an answer cites, numbered in the order written. <see cref="DoiUrl"/> and
/// <see cref="PubMedUrl"/> are the resolvers' addresses for its identifiers, when it has them.
/// </summary>
public sealed record Source(int Number, string Title, string Url, string? Doi, string? PubMedId)
{
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + string.Join('/', Doi.Split('/').Select(Uri.EscapeDataString));

    public string? PubMedUrl => PubMedId is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{PubMedId}/";
}
