using RunnersQA.Model;
using RunnersQA.Templates;

namespace RunnersQA.Pages;

/// <summary>
/// A page's schema.org data: described when pages are planned (every build, every page) and written as
/// JSON-LD only when the page is drawn (only pages whose values changed). Equal descriptions write equal scripts:
/// <see cref="JsonLd"/> reads nothing but these values, and an answer or expert compares by value, its
/// review, sources, corrections and registration included.
/// </summary>
/// <param name="Article">The answer whose page it describes: a (Medical)WebPage with the answer as its Article.</param>
/// <param name="Profile">The expert whose ProfilePage it describes.</param>
public sealed record StructuredData(Answer? Article, Expert? Profile, string Language, string SiteTitle, Uri BaseUrl)
{
    public static StructuredData ForArticle(Answer answer, Site site) => new(answer, null, site.Config.Language, site.Config.Title, site.Urls.BaseUrl);

    public static StructuredData ForProfile(Expert expert, Site site) => new(null, expert, site.Config.Language, site.Config.Title, site.Urls.BaseUrl);

    public HtmlString Html => Article is not null ? JsonLd.AnswerPage(Article, Language, SiteTitle, BaseUrl)
        : Profile is not null ? JsonLd.Profile(Profile, BaseUrl)
        : throw new InvalidOperationException("structured data describes an answer's page or a profile");
}
