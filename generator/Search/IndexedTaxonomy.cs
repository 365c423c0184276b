using RunnersQA.Model;

namespace RunnersQA.Search;

/// <summary>
/// A taxonomy as the index declares it (docs/search.md): the manifest names its key, the URL parameter of its
/// filter, the prefix of its term refs and its term pages; the client filters and links by these alone. A term's
/// ref is the prefix and its id, its filter term <c>#</c> and its ref.
/// </summary>
internal sealed record IndexedTaxonomy(string Key, string Param, string RefPrefix, string Url, IReadOnlyList<Tag> TermsInUse)
{
    /// <summary>The site's taxonomies, the default first: its refs are bare term ids.</summary>
    public static IReadOnlyList<IndexedTaxonomy> Of(Site site) => [new("tags", "tag", "", site.Urls.Local(SiteUrls.TagsPath), site.TagsInUse)];

    /// <summary>An answer's terms with the ref prefix of their taxonomy, taxonomy by taxonomy in the order of <see cref="Of"/>.</summary>
    public static IEnumerable<(string RefPrefix, Tag Term)> TermsOf(Answer answer) => answer.Tags.Select(t => ("", t));
}
