using RunnersQA.Templates;

namespace RunnersQA.Pages;

/// <summary>What the layout needs to know about any page: its head and its kind.</summary>
public sealed record PageInfo(
    string Kind,
    string Title,
    string Heading,
    string Description,
    string Url,
    Uri? CanonicalUrl,
    string OgType,
    StructuredData? Data,
    bool Noindex)
{
    /// <summary>The page's schema.org script, written when the page is drawn.</summary>
    public HtmlString? JsonLd => Data?.Html;

    /// <summary>The page's own feed besides the site's, or null.</summary>
    public FeedLink? Feed { get; init; }
}
