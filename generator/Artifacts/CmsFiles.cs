using System.Text;
using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>The editor's files beside /admin/: its config.yml (<see cref="DecapConfig"/>), Decap's script and chunks, and the setup script.</summary>
public sealed class CmsFiles : IFileSource
{
    public const string Script = "decap-cms.js";
    public const string Setup = "cms.js";

    /// <summary>Registers the site's stylesheet for the editor's preview; the page names the stylesheet, since its name is fingerprinted.</summary>
    private const string SetupScript =
        "// Made by the build: the editor's preview is drawn in the site's own stylesheet.\n" +
        "var style = document.currentScript && document.currentScript.getAttribute('data-preview-style');\n" +
        "if (window.CMS && style) window.CMS.registerPreviewStyle(style);\n";

    public IEnumerable<ReservedPath> Reserved(ContentSet content) => content.Site.Cms is null ? [] : [ReservedPath.Folder(AdminPage.Path)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages)
    {
        if (site.Config.Cms is not { Script: { } install }) yield break;
        yield return new OutputFile(AdminPage.Path + "config.yml", Encoding.UTF8.GetBytes(DecapConfig.Yaml(site)));
        yield return new OutputFile(AdminPage.Path + Setup, Encoding.UTF8.GetBytes(SetupScript));
        foreach (var (name, bytes) in install.Files()) yield return new OutputFile(AdminPage.Path + name, bytes);
    }
}
