using System.Text;
using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>
/// /_redirects: each answer's old addresses (<c>aliases:</c>) as permanent redirects, in the format Netlify
/// (and Cloudflare Pages) read. Written only when some answer has an alias.
/// </summary>
public sealed class RedirectsFile : IFileSource
{
    public const string Path = "_redirects";

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.File(Path)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages)
    {
        var text = new StringBuilder();
        foreach (var answer in site.Answers)
        {
            foreach (var alias in answer.Aliases)
                text.Append(site.Urls.Local(alias)).Append(' ').Append(answer.Url).Append(" 301\n");
        }
        return text.Length == 0 ? [] : [OutputFile.Text(Path, text.ToString())];
    }
}
