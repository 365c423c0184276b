using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>Files besides the pages, made from the model once the pages are planned (the sitemap lists them).</summary>
public interface IFileSource : IOutputSource
{
    IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages);
}
