using System.Net;
using RunnersQA.Model;

namespace RunnersQA.Artifacts;

/// <summary>
/// A small page at each old address of an answer, for hosts that do not read _redirects (GitHub Pages):
/// it refreshes to the answer at once, names it as canonical so search engines move their index, and
/// links to it for anyone whose browser does not follow the refresh.
/// </summary>
public static class AliasPages
{
    public static IEnumerable<OutputFile> Make(Site site)
    {
        foreach (var answer in site.Answers)
        {
            foreach (var alias in answer.Aliases)
                yield return OutputFile.Text(SiteUrls.FileFor(alias), Page(site.Config.Language, answer));
        }
    }

    private static string Page(string language, Answer answer)
    {
        var title = WebUtility.HtmlEncode(answer.Title);
        var url = WebUtility.HtmlEncode(answer.Url);
        return $"""
            <!doctype html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Moved: {title}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{WebUtility.HtmlEncode(answer.CanonicalUrl.AbsoluteUri)}">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p>This answer has moved: <a href="{url}">{title}</a>.</p>
            </body>
            </html>

            """;
    }
}
