using System.Text.Json;
using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Artifacts;

/// <summary>
/// site.yml's <c>cms:</c>: the editor at /admin/, its config made from the field declarations, Decap copied from the
/// pinned install beside the site; off, or not installed, nothing of it is published.
/// </summary>
public sealed class CmsFilesTests
{
    private const string Settings = "repository: { url: https://github.com/runners-qa/site, branch: live }\ncms: { backend: github, open_authoring: true }\n";

    private static YamlMappingNode Config(TempSite site)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(site.Built.Text("admin/config.yml")));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(key);

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        (YamlMappingNode)((YamlSequenceNode)config["collections"]).Single(c => Text(c, "name") == name);

    private static YamlMappingNode FieldOf(YamlMappingNode collection, string name) =>
        (YamlMappingNode)((YamlSequenceNode)collection["fields"]).Single(f => Text(f, "name") == name);

    [Fact]
    public void Without_cms_nothing_of_the_editor_is_published()
    {
        using var site = TempSite.FromFixture("minimal");
        site.InstallDecap();
        var result = site.BuildClean();
        Assert.False(Directory.Exists(site.Built.PathOf("admin")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("editor", StringComparison.Ordinal));
    }

    [Fact]
    public void The_editor_is_published_with_decap_from_the_pinned_install_and_kept_out_of_search_engines()
    {
        using var site = TempSite.FromFixture("minimal");
        File.AppendAllText(site.InputPath("site.yml"), Settings);
        site.InstallDecap();
        site.BuildClean();

        var page = site.Built.Page("admin/index.html");
        Assert.True(BuiltSite.IsNoindex(page));
        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal(["/admin/decap-cms.js", "/admin/cms.js"], scripts);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        var style = page.QuerySelector("script[data-preview-style]")!.GetAttribute("data-preview-style")!;
        Assert.True(site.Built.Exists(style.TrimStart('/')), style);
        Assert.Equal("window.CMS = {};", site.Built.Text("admin/decap-cms.js"));
        Assert.True(site.Built.Exists("admin/103.decap-cms.js"));
        Assert.False(site.Built.Exists("admin/decap-cms.js.map"));
        Assert.DoesNotContain("/admin/", site.Built.Text("sitemap.xml"));
    }

    [Fact]
    public void The_config_saves_to_the_repository_with_the_editorial_workflow_and_open_authoring()
    {
        using var site = TempSite.FromFixture("minimal");
        File.AppendAllText(site.InputPath("site.yml"), Settings);
        site.InstallDecap();
        site.BuildClean();

        var config = Config(site);
        Assert.Equal(("github", "runners-qa/site", "live", "true"),
            (Text(config["backend"], "name"), Text(config["backend"], "repo"), Text(config["backend"], "branch"), Text(config["backend"], "open_authoring")));
        Assert.Equal("editorial_workflow", Text(config, "publish_mode"));
        Assert.Equal("http://localhost:8081/api/v1", Text(config["local_backend"], "url"));
        var answers = Collection(config, "answers");
        Assert.Equal(("input/answers", "{{year}}/{{slug}}", "", ""), (Text(answers, "folder"), Text(answers, "path"), Text(answers, "media_folder"), Text(answers, "public_folder")));
        Assert.Equal("input/experts", Text(Collection(config, "experts"), "folder"));
    }

    [Fact]
    public void Every_declared_field_is_a_widget_with_the_rules_check_applies()
    {
        using var site = TempSite.FromFixture("minimal");
        File.AppendAllText(site.InputPath("site.yml"), Settings);
        site.InstallDecap();
        site.BuildClean();
        var config = Config(site);

        foreach (var (collection, fields) in new[] { ("answers", (IEnumerable<Field>)AnswerFields.All), ("experts", ExpertFields.All.Where(f => f.Type != FieldType.Map)) })
        {
            foreach (var field in fields) AssertWidget(FieldOf(Collection(config, collection), field.Name), field);
            Assert.Equal("markdown", Text(FieldOf(Collection(config, collection), "body"), "widget"));
        }

        var tags = FieldOf(Collection(config, "answers"), AnswerFields.Tags.Name);
        Assert.Equal("select", Text(tags, "widget"));
        Assert.Equal(site.Content.Tags.Select(t => t.Id).Order(), ((YamlSequenceNode)tags["options"]).Select(o => Text(o, "value")).Order());
        var expert = FieldOf(Collection(config, "answers"), AnswerFields.Expert.Name);
        Assert.Equal(("relation", "experts"), (Text(expert, "widget"), Text(expert, "collection")));
    }

    private static void AssertWidget(YamlMappingNode widget, Field field)
    {
        Assert.Equal(field.Required ? "true" : "false", Text(widget, "required"));
        if (field.Type == FieldType.Text && field.References is null && !field.NamesFile && field.Choices.Count == 0)
        {
            Assert.Equal("string", Text(widget, "widget"));
            if (field.MinLength is { } min && field.MaxLength is { } max)
            {
                var pattern = new Regex(((YamlScalarNode)((YamlSequenceNode)widget["pattern"])[0]).Value!);
                Assert.Matches(pattern, new string('a', min));
                Assert.DoesNotMatch(pattern, new string('a', min - 1));
                Assert.Matches(pattern, new string('a', max));
                Assert.DoesNotMatch(pattern, new string('a', max + 1));
            }
            if (field.Pattern is { } declared) Assert.Equal(declared.Expression, ((YamlScalarNode)((YamlSequenceNode)widget["pattern"])[0]).Value);
        }
        if (field.Choices.Count > 0)
            Assert.Equal(field.Choices, ((YamlSequenceNode)widget["options"]).Select(o => ((YamlScalarNode)o).Value!));
        if (field.Minimum is { } least) Assert.Equal(least.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(widget, "min"));
        if (field.Type == FieldType.List)
        {
            Assert.Equal(field.MinItems?.ToString(System.Globalization.CultureInfo.InvariantCulture), Has(widget, "min") ? Text(widget, "min") : null);
            Assert.Equal(field.MaxItems < InputLimits.ListItems ? field.MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, Has(widget, "max") ? Text(widget, "max") : null);
        }
        if (field.Type == FieldType.Date)
        {
            Assert.Equal(("datetime", "YYYY-MM-DD", "false"), (Text(widget, "widget"), Text(widget, "format"), Text(widget, "time_format")));
            Assert.Equal(field.Required ? "{{now}}" : null, Has(widget, "default") ? Text(widget, "default") : null);
        }
        foreach (var child in field.Item?.Fields ?? field.Fields ?? new FieldSet())
            AssertWidget((YamlMappingNode)((YamlSequenceNode)widget["fields"]).Single(f => Text(f, "name") == child.Name), child);
    }

    [Theory]
    [InlineData(null, "not installed")]
    [InlineData("3.0.0", "3.0.0 is installed")]
    public void Without_the_pinned_decap_the_build_warns_at_cms_and_leaves_the_editor_out(string? version, string said)
    {
        using var site = TempSite.FromFixture("minimal");
        var line = File.ReadAllLines(site.InputPath("site.yml")).Length + 2;
        File.AppendAllText(site.InputPath("site.yml"), Settings);
        if (version is not null) site.InstallDecap(version);
        var result = site.BuildClean();

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("editor at /admin/", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, line), (warning.Severity, warning.Location.Line));
        Assert.Contains(said, warning.Message);
        Assert.Contains("npm ci", warning.Hint);
        Assert.False(Directory.Exists(site.Built.PathOf("admin")));
    }

    [Fact]
    public void An_editor_without_a_repository_is_an_error_at_cms()
    {
        using var site = TempSite.FromFixture("minimal");
        File.AppendAllText(site.InputPath("site.yml"), "cms: { backend: github }\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("repository", error.Message);
    }

    [Fact]
    public void The_pinned_version_is_the_one_package_json_and_its_lock_install()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package.json")));
        Assert.Equal(DecapInstall.PinnedVersion, package.RootElement.GetProperty("dependencies").GetProperty("decap-cms").GetString());
        using var locked = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package-lock.json")));
        Assert.Equal(DecapInstall.PinnedVersion, locked.RootElement.GetProperty("packages").GetProperty("node_modules/decap-cms").GetProperty("version").GetString());
    }

    /// <summary>A file Decap CMS wrote through decap-server from the form (its key order, quoting, block list style), kept as it came.</summary>
    [Fact]
    public void An_answer_as_decap_writes_it_checks_clean_and_builds()
    {
        using var site = TempSite.FromFixture("minimal").Overlay("decap-output");
        var check = RunnersQA.Pipeline.SiteBuild.Check(new RunnersQA.Pipeline.BuildOptions(Input: site.Input));
        Assert.True(check.Diagnostics.Count == 0, string.Join("\n", check.Diagnostics.Select(DiagnosticFormatter.Format)));
        site.BuildClean();
        var page = site.Built.Page("answers/why-do-my-calves-cramp-late-in-a-marathon/index.html");
        Assert.Equal("Why do my calves cramp late in a marathon?", BuiltSite.TextOf(page.QuerySelector("h1")!));
        Assert.NotNull(page.QuerySelector("main a[href='https://example.org/drills/calf-raises']"));
    }
}
