using RunnersQA.Model;

namespace RunnersQA.Artifacts;

/// <summary>Files published as they are: expert photos.</summary>
public static class ExpertPhotos
{
    public static IEnumerable<OutputFile> Make(Site site)
    {
        foreach (var (source, sitePath) in site.Photos)
            yield return new OutputFile(sitePath, source.Bytes);
    }
}
