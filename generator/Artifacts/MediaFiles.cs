using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Pages;
using RunnersQA.Publishing;

namespace RunnersQA.Artifacts;

/// <summary>Files published as they are: expert photos, in each expert's folder, and answer images, in media/.</summary>
public sealed class MediaFiles : IFileSource
{
    public IEnumerable<ReservedPath> Reserved(ContentSet content) =>
        [ReservedPath.Folder(SiteUrls.ExpertsPath), ReservedPath.Folder(AnswerImageFiles.Folder)];

    public IEnumerable<OutputFile> Make(Site site, IReadOnlyList<Page> pages)
    {
        foreach (var (source, sitePath) in site.Media)
            yield return new OutputFile(sitePath, source.Bytes);
    }
}
