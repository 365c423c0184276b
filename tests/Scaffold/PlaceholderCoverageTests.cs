using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Scaffold;
using RunnersQA.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Scaffold;

/// <summary>
/// Every text a scaffold writes for the author to replace is a declared <see cref="Placeholder"/>, and <c>check</c>
/// reports each where it stands: every kind of scaffold is written, made publishable, and checked. A text added
/// to a scaffold without a declaration fails here (a value or body text that is neither given, a default nor a
/// placeholder), and so does a placeholder the rule misses.
/// </summary>
public sealed partial class PlaceholderCoverageTests
{
    private const string Title = "Why do my calves cramp late in races?";
    private const string ExpertName = "Sam Oduya";

    [GeneratedRegex(@"[\p{L}\p{N}]")]
    private static partial Regex Prose();

    /// <summary>Each scaffold's file in the minimal site, written and made publishable (an answer without `draft: true`).</summary>
    private static IEnumerable<(string Relative, string Text, string[] Given)> Scaffolds() =>
    [
        ("answers/2026/why-do-my-calves-cramp.md",
            AnswerScaffold.Text("# m", Title, new DateOnly(2026, 11, 2), "rachel-moss", ["knee-pain", "strength"]).Replace("draft: true\n", "", StringComparison.Ordinal),
            [Title, "2026-11-02", "rachel-moss", "knee-pain", "strength", AnswerFields.AskerName.Default!]),
        ("experts/sam-oduya.md", ExpertScaffold.Text("# m", "sam-oduya", ExpertName, ExpertScaffold.DefaultRole), [ExpertName, ExpertScaffold.DefaultRole]),
    ];

    [Fact]
    public void The_scaffolds_tested_here_are_every_scaffold()
    {
        var scaffolds = typeof(AnswerScaffold).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(AnswerScaffold).Namespace && t.Name.EndsWith("Scaffold", StringComparison.Ordinal)).Select(t => t.Name);
        // A new site's files hold no placeholders at all: NewSiteTests checks they pass check with nothing to report.
        Assert.Equal(["AnswerScaffold", "ExpertScaffold", "SiteConfigScaffold", "SiteScaffold"], scaffolds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_placeholder_is_empty_or_holds_another_so_each_is_found_once()
    {
        Assert.All(Placeholder.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Text) || string.IsNullOrWhiteSpace(p.Replacement)));
        foreach (var p in Placeholder.All)
            Assert.Single(Placeholder.All, q => q.Text.Contains(p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_placeholder_is_written_by_a_scaffold()
    {
        var written = string.Concat(Scaffolds().Select(s => s.Text));
        Assert.All(Placeholder.All, p => Assert.Contains(p.Text, written, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_every_placeholder_a_scaffold_writes_at_its_place_as_an_error_and_nothing_else()
    {
        using var site = TempSite.FromFixture("minimal");
        foreach (var (relative, text, _) in Scaffolds()) site.WriteInput(relative, text);

        var diagnostics = SiteBuild.Check(new BuildOptions(Input: site.Input)).Diagnostics;

        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCode.PlaceholderText, Severity.Error), (d.Code, d.Severity)));
        foreach (var (relative, text, given) in Scaffolds())
        {
            var lines = text.Split('\n');
            var found = diagnostics.Where(d => d.Location.Path.EndsWith(relative, StringComparison.Ordinal)).ToList();
            // Count per placeholder: as many findings as the scaffold wrote it.
            foreach (var placeholder in Placeholder.All)
                Assert.Equal(Regex.Count(text, Regex.Escape(placeholder.Text)), found.Count(d => d.Message.Contains($"`{placeholder.Text}`", StringComparison.Ordinal)));
            // Each finding is where its placeholder starts; blank them all out.
            foreach (var d in found)
            {
                var placeholder = Placeholder.All.Single(p => d.Message.StartsWith($"`{p.Text}`", StringComparison.Ordinal));
                var line = lines[d.Location.Line - 1];
                Assert.Equal(placeholder.Text, line.Substring(d.Location.Column - 1, placeholder.Text.Length));
                lines[d.Location.Line - 1] = line.Remove(d.Location.Column - 1, placeholder.Text.Length).Insert(d.Location.Column - 1, new string('_', placeholder.Text.Length));
            }
            AssertNothingLeftToReplace(string.Join('\n', lines), given, relative);
        }
    }

    /// <summary>
    /// What is left once the reported placeholders are blanked: in the front matter, every value (at any depth) is one
    /// the test gave, a declared default or a blank; the body holds no prose at all, only Markdown's marks.
    /// </summary>
    private static void AssertNothingLeftToReplace(string text, string[] given, string relative)
    {
        var parts = text.Split("\n---\n", 2);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(parts[0][4..]));
        foreach (var value in Scalars(yaml.Documents[0].RootNode))
            Assert.True(given.Contains(value) || value == "true" || value.Trim('_', '\n').Length == 0, $"{relative}: `{value}` is neither given, a default nor a declared placeholder");
        Assert.DoesNotMatch(Prose(), parts[1]);
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode list => list.Children.SelectMany(Scalars),
        YamlMappingNode map => map.Children.Values.SelectMany(Scalars),
        _ => [],
    };
}
