using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RunnersQA.Cli;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Scaffold;
using RunnersQA.Tests.Deploy;
using RunnersQA.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Cli;

/// <summary>
/// <c>generator new site</c>, run in-process into a temp folder: the site it writes passes <c>check</c> with nothing to
/// report, builds with the default theme, covers every site.yml field, and deploys with the pinned tool the same way
/// this repository deploys; what it refuses writes nothing.
/// </summary>
public sealed partial class NewSiteTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Root => _temp.Root;

    public void Dispose() => _temp.Dispose();

    private string Folder => Path.Combine(Root, "swim-clinic");

    private CliRun NewSite(params string[] more) => CliRun.Invoke(["new", "site", Folder, .. more]);

    private CliRun NewSiteClean(params string[] more)
    {
        var run = NewSite(more);
        Assert.True(run.ExitCode == ExitCode.Ok, run.Stdout + run.Stderr);
        return run;
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    private static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private BuiltSite Build(string output)
    {
        var build = CliRun.Invoke("build", "--input", Path.Combine(Folder, "input"), "--output", output, "--theme", Repository.DefaultTheme);
        Assert.True(build.ExitCode == ExitCode.Ok, build.Stdout + build.Stderr);
        return new BuiltSite(output);
    }

    [Theory]
    [InlineData("en", "en", "how-do-i-send-a-good-question", "editor")]
    [InlineData("de", "de", "wie-stelle-ich-eine-gute-frage", "redaktion")]
    [InlineData("de-AT", "de", "wie-stelle-ich-eine-gute-frage", "redaktion")]
    [InlineData("fr-CA", "en", "how-do-i-send-a-good-question", "editor")]
    public void NewSite_checks_clean_and_builds_in_its_language(string language, string starter, string slug, string expert)
    {
        NewSiteClean("--title", "Swim Clinic", "--language", language, "--base-url", "https://swim.example.org/");

        var check = CliRun.Invoke("check", "--input", Path.Combine(Folder, "input"));
        Assert.True(check.ExitCode == ExitCode.Ok, check.Stdout);
        // A language the theme has no words in builds with the English ones, and check says so, once.
        var themeSpeaksIt = File.Exists(Path.Combine(Repository.DefaultTheme, "i18n", language.Split('-')[0] + ".yml"));
        Assert.Contains(themeSpeaksIt ? ": 0 errors, 0 warnings." : ": 0 errors, 1 warning.", check.Stdout);
        if (!themeSpeaksIt) Assert.Contains($"warning RQA036: the theme has no words in '{language}'", check.Stdout);

        var built = Build(Path.Combine(Root, "out"));
        var home = built.Page("index.html");
        Assert.Equal(language, home.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Swim Clinic", home.Title);
        Assert.True(built.Exists($"answers/{slug}/index.html"), string.Join("\n", built.Files));
        Assert.True(built.Exists($"experts/{expert}/index.html"), string.Join("\n", built.Files));
        Assert.Contains(starter == "de" ? "Wie stelle ich eine gute Frage?" : "How do I send a good question?",
            BuiltSite.TextOf(built.Page($"answers/{slug}/index.html").QuerySelector("h1")!));
        Assert.Equal($"input/answers/{DateTime.Now.Year}/{slug}.md", Assert.Single(Directory.GetFiles(Path.Combine(Folder, "input", "answers"), "*.md", SearchOption.AllDirectories),
            _ => true).Replace(Folder + Path.DirectorySeparatorChar, "").Replace('\\', '/'));
    }

    [Fact]
    public void NewSite_without_options_uses_the_defaults_and_names_the_next_three_commands()
    {
        var run = NewSiteClean();
        var map = Yaml(Read("input/site.yml"));
        Assert.Equal("Swim Clinic", ((YamlScalarNode)map[SiteFields.Title.Name]).Value);
        Assert.Equal("en", ((YamlScalarNode)map[SiteFields.Language.Name]).Value);
        Assert.Equal("https://example.org/", ((YamlScalarNode)map[SiteFields.BaseUrl.Name]).Value);
        var lines = run.StdoutLines;
        var next = Array.IndexOf(lines, "Next:");
        Assert.Equal([$"  cd {Folder}", "  runnersqa serve", "  runnersqa build"], lines[(next + 1)..]);
    }

    [Fact]
    public void NewSite_site_yml_holds_every_SiteFields_field_and_loads_without_diagnostics()
    {
        NewSiteClean("--title", "Swim Clinic", "--language", "de", "--description", "Fragen rund ums Schwimmen.");
        var text = Read("input/site.yml");
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/site.schema.json\n", text);
        Assert.True(File.Exists(Path.Combine(Folder, "schemas", "site.schema.json")));
        Assert.DoesNotContain("\r", text);

        // Set: exactly the given settings and the description; everything else is a comment.
        var map = Yaml(text);
        Assert.Equal(["title", "description", "base_url", "language"], map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!));
        Assert.Equal("Fragen rund ums Schwimmen.", ((YamlScalarNode)map["description"]).Value);

        var comments = string.Join("\n", text.Split('\n').Where(l => l.StartsWith('#')));
        foreach (var field in SiteFields.All.Where(f => !map.Children.ContainsKey(new YamlScalarNode(f.Name))))
        {
            Assert.Contains("# " + field.Description, comments);
            Assert.Contains(string.Join("\n", field.Example.Split('\n').Select(l => "# " + l)), comments);
        }
        foreach (var (field, _) in Nested(SiteFields.All))
        {
            Assert.Contains($"- {field.Name}: {field.Description}", comments);
            if (!field.ExampleValue.Contains('\n')) Assert.Contains($"Example: `{field.Example}`", comments);
        }

        var input = InputFolder.At(Path.Combine(Folder, "input"));
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(input, FileListing.Scan(input.Root, [input.SiteConfigPath], input.Display, bag), null, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("Swim Clinic", config.Title);
        Assert.Equal("de", config.Language);
    }

    /// <summary>Every field inside an object or a map's entries, at any depth, with its depth.</summary>
    private static IEnumerable<(Field Field, int Depth)> Nested(IEnumerable<Field> fields, int depth = 0) =>
        fields.SelectMany(f => (f.Fields ?? f.Item?.Fields ?? new FieldSet()).SelectMany(n => Nested([n], depth + 1).Prepend((n, depth + 1))));

    [Fact]
    public void NewSite_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "mine");
        var run = NewSite();
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains("not empty", run.Stderr);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--language", "xx-notalanguage")]
    [InlineData("--language", "en_GB!")]
    [InlineData("--base-url", "ftp://swim.example.org/")]
    [InlineData("--base-url", "https://swim.example.org/?q=1")]
    [InlineData("--title", "Swim\u0007Clinic")]
    [InlineData("--title", "   ")]
    [InlineData("--owner", "not a user")]
    public void NewSite_refuses_a_bad_option_and_writes_nothing(string option, string value)
    {
        var run = NewSite(option, value);
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains($"error: {option}", run.Stderr);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void NewSite_refuses_a_folder_inside_an_input_folder()
    {
        var input = Path.Combine(Root, "site", "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: x\n");
        var run = CliRun.Invoke("new", "site", Path.Combine(input, "answers", "nested"));
        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.Contains("inside the input folder", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(input, "answers")));
    }

    [Fact]
    public void NewSite_files_are_utf8_without_bom_with_newline_line_ends_and_no_tokens_left()
    {
        // Without its @: System.CommandLine reads an argument starting with @ as a response file.
        NewSiteClean("--owner", "swim-clinic/editors");
        foreach (var file in FileTree.Files(Folder))
        {
            var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{file} starts with a BOM");
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotMatch(@"@(modeline|title|date|owner|ownernote)@", text);
        }
        Assert.Contains("/input/site.yml   @swim-clinic/editors", Read(".github/CODEOWNERS"));
        Assert.DoesNotContain(SiteScaffold.OwnerPlaceholder, Read(".github/CODEOWNERS"));
    }

    [Fact]
    public void NewSite_codeowners_has_a_marked_placeholder_without_owner()
    {
        NewSiteClean();
        var codeowners = Read(".github/CODEOWNERS");
        Assert.Contains($"# Replace {SiteScaffold.OwnerPlaceholder}", codeowners);
        var owned = codeowners.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.All(owned, parts => Assert.Equal(SiteScaffold.OwnerPlaceholder, parts[1]));
        Assert.Superset(new HashSet<string> { "/input/site.yml", "/input/tags.yml", "/input/theme/", "/.github/", "/netlify.toml", "/.config/" },
            owned.Select(p => p[0]).ToHashSet());
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, ".github", "review-paths.sh")), Read(".github/review-paths.sh"));
        Assert.Equal("_site/\n_site.*/", string.Join('\n', Read(".gitignore").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))));
    }

    [Fact]
    public void NewSite_tool_manifest_pins_the_generator_version()
    {
        NewSiteClean();
        using var manifest = JsonDocument.Parse(Read(".config/dotnet-tools.json"));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("runnersqa");
        var project = XDocument.Load(Path.Combine(Repository.Root, "generator", "Generator.csproj"));
        Assert.Equal(project.Descendants("Version").Single().Value, tool.GetProperty("version").GetString());
        Assert.Equal(ToolPackage.Version, tool.GetProperty("version").GetString());
        Assert.Equal("runnersqa", project.Descendants("PackageId").Single().Value.ToLowerInvariant());
        Assert.Equal([project.Descendants("ToolCommandName").Single().Value], tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()!));
        Assert.True(manifest.RootElement.GetProperty("isRoot").GetBoolean());
    }

    [Fact]
    public void NewSite_netlify_builds_with_the_pinned_tool_and_sends_the_repository_headers()
    {
        NewSiteClean();
        var site = NetlifyConfig.Load(Folder);
        var repository = NetlifyConfig.Load(Repository.Root);
        Assert.Equal("_site", site.Publish);
        foreach (var (context, drafts, url) in new[] { ("production", false, "$URL"), ("deploy-preview", true, "$DEPLOY_PRIME_URL"), ("branch-deploy", false, "$DEPLOY_PRIME_URL") })
        {
            // Expand reads the script the command names from the new site's folder, and fails when it is not there.
            var command = site.Expand(site.Command(context)!);
            Assert.Contains("dotnet-install.sh --channel 10.0", command);
            Assert.Contains("tool restore", command);
            Assert.Contains("tool run runnersqa build --minify-html", command);
            Assert.DoesNotContain("--project generator", command);
            Assert.Equal(drafts, command.Contains("--drafts", StringComparison.Ordinal));
            Assert.Contains($"--base-url \"{url}\"", command);
        }
        Assert.Equal(repository.Headers.Select(Rule), site.Headers.Select(Rule));
    }

    private static string Rule(NetlifyHeaderRule rule) =>
        rule.For + " " + string.Join("; ", rule.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));

    [Theory]
    [InlineData("pages.yml")]
    [InlineData("pr.yml")]
    public void NewSite_workflows_keep_the_repository_steps_with_the_pinned_tool(string workflow)
    {
        NewSiteClean();
        var site = Yaml(Read($".github/workflows/{workflow}"));
        var repository = Yaml(File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", workflow)));
        foreach (var key in new[] { "on", "permissions", "concurrency", "env" })
            Assert.Equal(Serialized(repository, key), Serialized(site, key));

        var repositoryJobs = (YamlMappingNode)repository["jobs"];
        foreach (var (name, job) in ((YamlMappingNode)site["jobs"]).Children)
        {
            var theirs = ((YamlMappingNode)repositoryJobs[name]).Children.Where(kv => ((YamlScalarNode)kv.Key).Value != "steps").Select(Text);
            Assert.Equal(theirs, ((YamlMappingNode)job).Children.Where(kv => ((YamlScalarNode)kv.Key).Value != "steps").Select(Text));
            var repositorySteps = ((YamlSequenceNode)((YamlMappingNode)repositoryJobs[name])["steps"]).Children.Cast<YamlMappingNode>().ToList();
            foreach (var step in ((YamlSequenceNode)((YamlMappingNode)job)["steps"]).Children.Cast<YamlMappingNode>())
            {
                var run = step.Children.TryGetValue(new YamlScalarNode("run"), out var r) ? ((YamlScalarNode)r).Value! : null;
                if (run == "dotnet tool restore") continue;
                Assert.DoesNotContain("--project generator", run ?? "");
                // Each step kept is the repository's, with `dotnet run --project generator` made `dotnet tool run runnersqa`.
                var same = repositorySteps.Select(s => Normalised(s)).ToList();
                Assert.Contains(Normalised(step), same);
            }
        }
    }

    private static string Serialized(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Text(new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(key), node)) : "";

    private static string Text(KeyValuePair<YamlNode, YamlNode> entry)
    {
        var document = new YamlDocument(new YamlMappingNode(entry.Key, entry.Value));
        var writer = new StringWriter();
        new YamlStream(document).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    [GeneratedRegex(@"dotnet run --project generator (-c Release )?--")]
    private static partial Regex RunFromSource();

    private static string Normalised(YamlMappingNode step) => string.Join("\n", step.Children.Select(kv =>
        ((YamlScalarNode)kv.Key).Value == "run" ? "run: " + RunFromSource().Replace(((YamlScalarNode)kv.Value).Value!, "dotnet tool run runnersqa") : Text(kv)));

    [GeneratedRegex(@"\b(run|runs|running|runner|runners|marathon|jog\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunningWord();

    /// <summary>A column may be about any sport: nothing a reader gets from a fresh site speaks of running.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void NoRunningWords(string language)
    {
        NewSiteClean("--title", "Swim Clinic", "--language", language);
        var built = Build(Path.Combine(Root, "out"));
        var found = built.Files
            .Where(f => new[] { ".html", ".xml", ".json", ".txt", ".js", ".svg" }.Contains(Path.GetExtension(f)))
            .SelectMany(f => RunningWord().Matches(built.Text(f)).Select(m => $"{f}: {m.Value}"))
            .GroupBy(x => x).Select(g => $"{g.Key} (x{g.Count()})")
            .ToList();
        Assert.True(found.Count == 0, "running words in a fresh site:\n" + string.Join("\n", found));
    }
}
