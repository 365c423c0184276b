using System.Text.Json;

namespace RunnersQA.Bench;

/// <summary>Our index as the build wrote it: search/ without its HTML page, and the time of the build's "search" stage.</summary>
public static class OurIndex
{
    public static IndexFigures Measure(string site, BuildTimes times)
    {
        var search = Path.Combine(site, "search");
        var page = Path.Combine(search, "index.html");
        var (bytes, files) = FolderSize.Measure(search, f => f != page);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(search, "manifest.json")));
        return new IndexFigures(SearchEngine.Ours, times.SearchIndex, bytes, files, manifest.RootElement.GetProperty("docs").GetInt32(),
            manifest.RootElement.GetProperty("terms").GetInt32());
    }
}
