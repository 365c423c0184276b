namespace RunnersQA.Tests;

/// <summary>Paths into this repository, found from the test binaries, so tests run from any working directory.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();
    public static string SampleInput => Path.Combine(Root, "input");
    public static string DefaultTheme => Path.Combine(Root, "themes", "default");
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RunnersQA.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RunnersQA.sln not found above " + AppContext.BaseDirectory);
    }
}
