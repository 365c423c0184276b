using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Schema;

/// <summary>.github/workflows/pr.yml checks the content of every pull request before building and testing it.</summary>
public sealed class PullRequestWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void Runs_on_pull_requests()
    {
        var triggers = (YamlMappingNode)Workflow["on"];

        Assert.Contains(new YamlScalarNode("pull_request"), triggers.Children.Keys);
    }

    [Fact]
    public void Sets_up_dotnet_10()
    {
        var setup = Assert.Single(Steps(), step => Text(step, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);

        Assert.Equal("10.0.x", Text((YamlMappingNode)setup["with"], "dotnet-version"));
    }

    [Fact]
    public void Checks_the_content_then_builds_then_tests()
    {
        var runs = Steps().Select(step => Text(step, "run") ?? "").ToList();

        var check = runs.FindIndex(run => run.Contains("check --format github", StringComparison.Ordinal));
        var build = runs.FindIndex(run => run.Contains("-- build", StringComparison.Ordinal));
        var test = runs.FindIndex(run => run.Contains("dotnet test", StringComparison.Ordinal));

        Assert.True(check >= 0 && build > check && test > build, $"expected check < build < test, got steps {check}, {build}, {test}");
    }

    private static IReadOnlyList<YamlMappingNode> Steps()
    {
        var job = (YamlMappingNode)((YamlMappingNode)Workflow["jobs"])["check"];
        return [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "pr.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
