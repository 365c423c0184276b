using RunnersQA.Content;

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
    HtmlString? JsonLd,
    bool Noindex);
