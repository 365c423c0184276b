namespace RunnersQA.Pages;

/// <summary>A page's own Atom feed, for its head's <c>&lt;link rel="alternate"&gt;</c> and a visible link: site-relative URL and title.</summary>
public sealed record FeedLink(string Url, string Title);
