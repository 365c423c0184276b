namespace RunnersQA.Bench;

/// <summary>This repository's root, found from the benchmark's binaries so it runs from any working directory.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "RunnersQA.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RunnersQA.sln not found above " + AppContext.BaseDirectory);
    }
}
