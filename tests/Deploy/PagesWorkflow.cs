using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Deploy;

/// <summary>.github/workflows/pages.yml read with a YAML parser: its triggers, permissions, jobs and steps.</summary>
internal sealed class PagesWorkflow
{
    private PagesWorkflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static PagesWorkflow Load(string repositoryRoot)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(repositoryRoot, ".github", "workflows", "pages.yml"))));
        return new PagesWorkflow((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Job(string name) => Assert.IsType<YamlMappingNode>(Child(Assert.IsType<YamlMappingNode>(Child(Root, "jobs")), name));

    public IReadOnlyList<YamlMappingNode> Steps(string job) =>
        [.. Assert.IsType<YamlSequenceNode>(Child(Job(job), "steps")).Children.Cast<YamlMappingNode>()];

    /// <summary>The step of a job that uses an action ("actions/configure-pages"), whatever its version.</summary>
    public YamlMappingNode StepUsing(string job, string action) =>
        Assert.Single(Steps(job), s => Text(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static string? Text(YamlMappingNode map, string key) => Child(map, key) is YamlScalarNode { Value: { } v } ? v : null;

    /// <summary>A scalar or a sequence of scalars, as a list (workflow keys accept either).</summary>
    public static IReadOnlyList<string> List(YamlMappingNode map, string key) => Child(map, key) switch
    {
        YamlScalarNode { Value: { } v } => [v],
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!)],
        _ => [],
    };
}
