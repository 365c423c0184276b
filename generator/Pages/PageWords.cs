using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>
/// The keys of the theme's strings that pages read for their titles, headings and descriptions (the rest are the
/// templates'). The theme's English strings must declare each; <see cref="Required"/> is what the loader checks.
/// </summary>
public static class PageWords
{
    public const string Audience = "experts.audience";
    public const string PageTitle = "page_title";
    public const string ArchiveHeading = "home.archive_heading";
    public const string AskTitle = "ask.title";
    public const string AskDescription = "ask.description";
    public const string ThanksTitle = "ask_thanks.title";
    public const string ThanksHeading = "ask_thanks.heading";
    public const string ThanksDescription = "ask_thanks.description";
    public const string SearchTitle = "search.title";
    public const string SearchHeading = "search.heading";
    public const string SearchDescription = "search.description";
    public const string ExpertsTitle = "experts.title";
    public const string ExpertsDescription = "experts.description";
    public const string NotFoundTitle = "not_found.title";
    public const string NotFoundDescription = "not_found.description";
    public const string TaxonomyDescription = "taxonomy.description";
    public const string TermDescription = "taxonomy.term_description";
    public const string TermPageHeading = "taxonomy.term_page_heading";
    public const string AliasTitle = "alias.title";
    public const string CorrectionsTitle = "corrections.title";
    public const string CorrectionsDescription = "corrections.description";
    public const string CorrectionsFeedTitle = "corrections.feed_title";
    public const string CorrectionEntryTitle = "corrections.entry_title";

    /// <summary>The headings of an answer's entry in the site's feed: the answer page's own words.</summary>
    public const string FeedQuestion = "answer.question";
    public const string FeedAnswer = "answer.answers";

    public static IEnumerable<string> Required =>
        [Audience, PageTitle, ArchiveHeading, AskTitle, AskDescription, ThanksTitle, ThanksHeading, ThanksDescription, SearchTitle, SearchHeading,
            SearchDescription, ExpertsTitle, ExpertsDescription, NotFoundTitle, NotFoundDescription, TaxonomyDescription, TermDescription,
            TermPageHeading, AliasTitle, CorrectionsTitle, CorrectionsDescription, CorrectionsFeedTitle, CorrectionEntryTitle, FeedQuestion, FeedAnswer,
            .. ModelWords.Keys];

    /// <summary>"Ask a question | Swim Clinic": a page's title with the site's name, as the strings order them.</summary>
    public static string Title(Site site, string page) => site.Strings.Text(PageTitle, ("page", page), ("site", site.Config.Title));

    /// <summary>Who answers, for the words that name them: site.yml's audience, else the theme's.</summary>
    public static string AudienceOf(Site site) => site.Config.Audience ?? site.Strings.Text(Audience);
}
