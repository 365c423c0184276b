using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>Files published as they are: expert photos.</summary>
public sealed class ExpertPhotos : IFileSource
{
    /// <summary>Each expert's photo sits in the expert's folder.</summary>
    public IEnumerable<ReservedPath> Reserved(ContentSet content) => [ReservedPath.Folder(SiteUrls.ExpertsPath)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages)
    {
        foreach (var (source, sitePath) in site.Photos)
            yield return new OutputFile(sitePath, source.Bytes);
    }
}
