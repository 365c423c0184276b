using System.Reflection;

namespace RunnersQA.Scaffold;

/// <summary>
/// The NuGet tool package this generator ships as, read from its own assembly (Generator.csproj's PackageId,
/// ToolCommandName and Version), so a new site pins exactly the version that wrote it.
/// </summary>
public static class ToolPackage
{
    private static readonly Assembly Own = typeof(ToolPackage).Assembly;

    public static string Id { get; } = Metadata("PackageId");

    public static string Command { get; } = Metadata("ToolCommandName");

    /// <summary>The package version, without the source revision the SDK appends after '+'.</summary>
    public static string Version { get; } =
        (Own.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Own.GetName().Version!.ToString(3)).Split('+')[0];

    private static string Metadata(string key) =>
        Own.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"the generator's assembly has no {key} metadata (Generator.csproj sets it)");
}
