namespace RunnersQA.Diagnostics;

/// <summary>
/// How the user ran the generator, so that a hint shows a command they can paste as it is:
/// <c>runnersqa check</c> for the installed tool, <c>dotnet run --project generator -- check</c> from a clone.
/// Decided once at startup (<see cref="Detect"/>) and handed to whatever writes a hint.
/// </summary>
/// <param name="Prefix">What comes before the verb.</param>
public sealed record Invocation(string Prefix)
{
    public static Invocation Installed { get; } = new("runnersqa");

    /// <summary>The command line for a verb and its arguments: <c>For("check")</c>.</summary>
    public string For(string verbAndArguments) => $"{Prefix} {verbAndArguments}";

    /// <summary>
    /// Run from a project's build output (what <c>dotnet run</c> does), the project relative to the working
    /// directory; otherwise the installed tool's name.
    /// </summary>
    public static Invocation Detect(string baseDirectory, string workingDirectory)
    {
        for (var folder = new DirectoryInfo(baseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Generator.csproj"))) continue;
            var project = Path.GetRelativePath(workingDirectory, folder.FullName).Replace('\\', '/');
            return new($"dotnet run --project {(project.Contains(' ', StringComparison.Ordinal) ? $"\"{project}\"" : project)} --");
        }
        return Installed;
    }
}
