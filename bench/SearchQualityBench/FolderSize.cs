namespace RunnersQA.Bench;

/// <summary>The bytes on disk of the files under a folder.</summary>
public static class FolderSize
{
    public static (long Bytes, int Files) Measure(string folder, Func<string, bool>? include = null)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => include?.Invoke(f) ?? true).ToList();
        return (files.Sum(f => new FileInfo(f).Length), files.Count);
    }
}
