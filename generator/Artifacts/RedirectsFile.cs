using System.Text;
using RunnersQA.Model;

namespace RunnersQA.Artifacts;

/// <summary>
/// /_redirects: each answer's old addresses (<c>aliases:</c>) as permanent redirects, in the format Netlify
/// (and Cloudflare Pages) read. Written only when some answer has an alias.
/// </summary>
public static class RedirectsFile
{
    public const string Path = "_redirects";

    public static OutputFile? Make(Site site)
    {
        var text = new StringBuilder();
        foreach (var answer in site.Answers)
        {
            foreach (var alias in answer.Aliases)
                text.Append(site.Urls.Local(alias)).Append(' ').Append(answer.Url).Append(" 301\n");
        }
        return text.Length == 0 ? null : OutputFile.Text(Path, text.ToString());
    }
}
