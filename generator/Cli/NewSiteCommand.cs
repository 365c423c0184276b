using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Scaffold;

namespace RunnersQA.Cli;

/// <summary>
/// <c>generator new site &lt;folder&gt;</c>: a complete site that passes <c>check</c> with nothing to report and
/// deploys from a repository of its own. Every mistake in the arguments is refused before anything is written.
/// </summary>
internal static partial class NewSiteCommand
{
    private const string DefaultLanguage = "en";
    private const string DefaultBaseUrl = "https://example.org/";

    [GeneratedRegex(@"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?$")]
    private static partial Regex GitHubOwner();

    [GeneratedRegex(@"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    public static Command Create(TextWriter stdout, Invocation invocation)
    {
        var folder = new Argument<string>("folder") { Description = "The folder to create the site in; it must not exist yet, or be empty" };
        var title = new Option<string?>("--title") { Description = "The site's name (default: the folder name as words)" };
        var language = new Option<string?>("--language") { Description = $"The content's language as a BCP 47 tag, e.g. en-GB or de (default: {DefaultLanguage})" };
        var baseUrl = new Option<string?>("--base-url") { Description = $"The address the site is published at (default: {DefaultBaseUrl})" };
        var description = new Option<string?>("--description") { Description = "What the site is, in a sentence" };
        var owner = new Option<string?>("--owner") { Description = "The GitHub user (name) or team (org/team) whose review CODEOWNERS asks for; the @ is added" };

        var command = new Command("site", "Start a new site: settings, starter content and deploy files in <folder>")
        {
            folder, title, language, baseUrl, description, owner,
        };
        command.SetAction(parsed =>
        {
            var root = Path.GetFullPath(parsed.GetValue(folder)!);
            var shown = parsed.GetValue(folder)!;
            var problems = new List<(string Message, string? Hint)>();
            CheckFolder(root, shown, problems);
            if (problems.Count > 0) throw new UsageException(problems);

            // Ask only a person at a terminal; tests and CI (redirected) get the defaults.
            var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected;
            string Value(Option<string?> option, string label, string fallback) =>
                parsed.GetValue(option) ?? (interactive ? Prompt(stdout, label, fallback) : fallback);

            var titleText = CheckText(Value(title, "Title", TitleFrom(root)), "--title", SiteFields.Title, problems);
            var languageText = CheckLanguage(Value(language, "Language", DefaultLanguage).Trim(), problems);
            var url = CheckBaseUrl(Value(baseUrl, "Base URL", DefaultBaseUrl).Trim(), problems);
            var ownerText = CheckOwner(parsed.GetValue(owner), problems);
            var settings = new SiteSettings(titleText, "", languageText, url, ownerText, DateOnly.FromDateTime(DateTime.Now));
            var descriptionText = parsed.GetValue(description) is { } given
                ? CheckText(given, "--description", SiteFields.Description, problems)
                : SiteScaffold.DefaultDescription(settings);
            if (problems.Count > 0) throw new UsageException(problems);

            var files = SiteScaffold.Files(settings with { Description = descriptionText });
            Write(root, files);

            stdout.WriteLine($"Created {shown} with:");
            foreach (var (path, _) in files.Where(f => !f.Path.StartsWith("schemas/", StringComparison.Ordinal)))
                stdout.WriteLine($"  {path}");
            stdout.WriteLine("  schemas/ (for editors)");
            if (ownerText is null)
                stdout.WriteLine($"Replace {SiteScaffold.OwnerPlaceholder} in .github/CODEOWNERS with your GitHub user or team.");
            // The way to run the tool from inside the new folder: the installed tool, or this clone's project from there.
            var there = invocation == Invocation.Installed ? invocation : Invocation.Detect(AppContext.BaseDirectory, root);
            stdout.WriteLine("Next:");
            stdout.WriteLine($"  cd {(shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown)}");
            stdout.WriteLine($"  {there.For("serve")}");
            stdout.WriteLine($"  {there.For("build")}");
            return ExitCode.Ok;
        });
        return command;
    }

    private static void CheckFolder(string root, string shown, List<(string, string?)> problems)
    {
        if (File.Exists(root))
            problems.Add(($"{shown} is a file; give a folder that does not exist yet", null));
        else if (Directory.Exists(root) && new DirectoryInfo(root).LinkTarget is not null)
            problems.Add(($"{shown} is a symbolic link; `new site` never writes through a link", "give a real folder, or one that does not exist yet"));
        else if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            problems.Add(($"{shown} already exists and is not empty; nothing was written", "give a new folder name, e.g. my-column"));

        // A site inside another site's input/ would be read as part of it.
        for (var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(root)); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (Path.GetFileName(parent) == "input" || File.Exists(Path.Combine(parent, "site.yml")))
            {
                problems.Add(($"{shown} is inside the input folder {parent}; a new site needs a folder of its own", "run `new site` outside any site's input/"));
                break;
            }
        }
    }

    private static string Prompt(TextWriter stdout, string label, string fallback)
    {
        stdout.Write($"{label} [{fallback}]: ");
        var answer = Console.In.ReadLine();
        return string.IsNullOrWhiteSpace(answer) ? fallback : answer.Trim();
    }

    /// <summary>"swim-clinic" becomes "Swim Clinic".</summary>
    private static string TitleFrom(string root)
    {
        var words = Regex.Split(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), @"[-_.\s]+").Where(w => w.Length > 0);
        var title = string.Join(' ', words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
        return title.Length > 0 ? title : "My Column";
    }

    private static string CheckText(string value, string option, Field field, List<(string, string?)> problems)
    {
        var trimmed = value.Trim();
        if (trimmed.Any(char.IsControl))
            problems.Add(($"{option}: the text must be one line, without control characters", null));
        var (min, max) = (field.MinLength ?? 1, field.MaxLength ?? InputLimits.LineLength);
        if (trimmed.Length < min || trimmed.Length > max)
            problems.Add(($"{option}: the text is {trimmed.Length} characters long; it must be {min} to {max}", $"for example {option} {YamlScalar.DoubleQuoted(field.ExampleValue)}"));
        return trimmed;
    }

    private static string CheckLanguage(string tag, List<(string, string?)> problems)
    {
        const string hint = "give a BCP 47 tag such as en, en-GB, de, de-AT or fr-CA";
        if (!LanguageTag().IsMatch(tag))
        {
            problems.Add(($"--language: '{tag}' is not a BCP 47 language tag", hint));
            return tag;
        }
        try
        {
            // predefinedOnly: a tag .NET merely accepts is not one whose dates it can write.
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name is { Length: > 0 } ? tag
                : throw new CultureNotFoundException(tag);
        }
        catch (CultureNotFoundException)
        {
            problems.Add(($"--language: '{tag}' is not a language .NET knows", hint));
            return tag;
        }
    }

    private static Uri CheckBaseUrl(string text, List<(string, string?)> problems)
    {
        if (SiteConfigLoader.TryParseBaseUrl(text, out var uri)) return uri;
        problems.Add(($"--base-url: '{text}' is not an absolute http or https address without a query or fragment", $"for example --base-url {SiteFields.BaseUrl.ExampleValue}"));
        return new Uri(DefaultBaseUrl);
    }

    private static string? CheckOwner(string? owner, List<(string, string?)> problems)
    {
        if (owner is null) return null;
        var trimmed = owner.Trim();
        if (GitHubOwner().IsMatch(trimmed)) return trimmed.StartsWith('@') ? trimmed : "@" + trimmed;
        problems.Add(($"--owner: '{owner}' is not a GitHub user or team", "for example --owner alex or --owner swim-clinic/editors (the @ is added)"));
        return null;
    }

    /// <summary>
    /// Writes every file (UTF-8 without BOM, "\n" line ends; CreateNew, so nothing that appeared since the checks is
    /// overwritten), never through a symbolic link; the build script is made executable.
    /// </summary>
    private static void Write(string root, IReadOnlyList<(string Path, string Text)> files)
    {
        Directory.CreateDirectory(root);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            if (FileListing.LinkOnTheWay(root, path) is { } link)
                throw new UsageException($"{link} is a symbolic link; `new site` writes only inside the new folder, never through a link");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (FileListing.LinkOnTheWay(root, path) is { } appeared)
                throw new UsageException($"{appeared} is a symbolic link; `new site` writes only inside the new folder, never through a link");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows() && relative.EndsWith(".sh", StringComparison.Ordinal))
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            using var stream = new FileStream(path, options);
            stream.Write(encoding.GetBytes(text.ReplaceLineEndings("\n")));
        }
    }
}
