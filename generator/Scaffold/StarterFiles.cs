namespace RunnersQA.Scaffold;

/// <summary>
/// The files under generator/Scaffold/Starter, embedded in the assembly (so the installed tool carries them):
/// <c>en/</c> and <c>de/</c> hold the starter content, <c>site/</c> the deploy files. Each holds <c>@name@</c>
/// tokens that <see cref="SiteScaffold"/> fills in.
/// </summary>
public static class StarterFiles
{
    private const string Prefix = "Starter/";

    /// <summary>The paths under <paramref name="folder"/> ("en", "site"), relative to it, with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(string folder)
    {
        var prefix = Prefix + folder + "/";
        return [.. typeof(StarterFiles).Assembly.GetManifestResourceNames()
            .Select(name => name.Replace('\\', '/'))
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => name[prefix.Length..])
            .Order(StringComparer.Ordinal)];
    }

    public static string Text(string folder, string relativePath)
    {
        var assembly = typeof(StarterFiles).Assembly;
        var wanted = Prefix + folder + "/" + relativePath;
        // Resource names keep the separator of the machine that built the assembly.
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == wanted)
            ?? throw new InvalidOperationException($"no starter file {wanted} is embedded");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new System.Text.UTF8Encoding(false).GetString(bytes.ToArray()).ReplaceLineEndings("\n");
    }
}
