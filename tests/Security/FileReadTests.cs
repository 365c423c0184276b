using System.Text.RegularExpressions;

namespace RunnersQA.Tests.Security;

/// <summary>
/// Whatever reads files later goes through the listing too: no generator source opens, reads or lists a file
/// but the few places below, each for a reason that has nothing to do with content.
/// </summary>
public sealed partial class FileReadTests
{
    [GeneratedRegex(@"\b(File\.(ReadAll\w*|ReadLines|Open\w*)|Directory\.(Enumerate\w*|Get(Files|Directories|FileSystemEntries))|new (FileStream|StreamReader|DirectoryInfo|FileInfo)\(|EnumerateFileSystemInfos|EnumerateFiles)")]
    private static partial Regex FileAccess();

    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Content/Files/FileListing.cs"] = "the listing itself",
        ["Publishing/SiteWriter.cs"] = "reads the output folder it writes",
        ["Publishing/StagingFolder.cs"] = "clears staging folders that killed builds left beside the output",
        ["Diagnostics/Invocation.cs"] = "looks for the generator's own project above its build output, to name `dotnet run`; never in input/",
        ["Content/DecapInstall.cs"] = "reads the pinned Decap CMS from node_modules/ beside the site, a place no content names",
        ["Cli/NewCommand.cs"] = "lists names to refuse a taken slug or id; writes only inside input/, never through a link",
        ["Cli/NewSiteCommand.cs"] = "looks whether the new site's folder is empty; writes only inside it, never through a link",
    };

    [Fact]
    public void Only_the_listing_reads_input_and_theme_files()
    {
        var root = Path.Combine(Repository.Root, "generator");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal) && !Allowed.ContainsKey(f))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && FileAccess().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "read a file through Content/Files/FileListing instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_check_finds_a_direct_read() =>
        Assert.Matches(FileAccess(), "var text = File.ReadAllText(path);");
}
