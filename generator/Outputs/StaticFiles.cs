using RunnersQA.Model;

namespace RunnersQA.Outputs;

/// <summary>Files published as they are: expert photos.</summary>
public static class StaticFiles
{
    public static IEnumerable<OutputFile> Photos(Site site)
    {
        foreach (var (source, sitePath) in site.Photos)
            yield return new OutputFile(sitePath, source.Bytes);
    }
}
