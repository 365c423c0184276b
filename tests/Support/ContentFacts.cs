using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Support;

/// <summary>
/// What an input folder says, read straight from its files with a YAML parser, so that expected values in
/// tests come from the content itself and not from the generator's own loader or model.
/// </summary>
internal sealed record ContentFacts(
    SiteFacts Site,
    IReadOnlyList<TagFacts> Tags,
    IReadOnlyList<ExpertFacts> Experts,
    IReadOnlyList<AnswerFacts> Answers)
{
    /// <summary>Answers a build shows, newest first (ties by slug, as the design gives no other order).</summary>
    public IReadOnlyList<AnswerFacts> Published(bool drafts = false) =>
        [.. Answers.Where(a => drafts || !a.Draft).OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)];

    public TagFacts Tag(string id) => Tags.Single(t => t.Id == id);

    public ExpertFacts Expert(string id) => Experts.Single(e => e.Id == id);

    /// <summary>Tag id to the number of published answers carrying it; tags no answer uses are left out.</summary>
    public IReadOnlyDictionary<string, int> TagCounts(bool drafts = false) =>
        Published(drafts).SelectMany(a => a.Tags.Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    public static ContentFacts Read(string input)
    {
        var site = Yaml.Load(File.ReadAllText(Path.Combine(input, "site.yml")));
        var siteFacts = new SiteFacts(
            Yaml.Text(site, "title")!, Yaml.Text(site, "description") ?? "", new Uri(Yaml.Text(site, "base_url")!),
            Yaml.Text(site, "language") ?? "en", Yaml.Text(site, "disclaimer") ?? "",
            int.Parse(Yaml.Text(site, "per_page") ?? "20", CultureInfo.InvariantCulture));

        var tagsPath = Path.Combine(input, "tags.yml");
        var tags = File.Exists(tagsPath) ? Terms(Yaml.Load(File.ReadAllText(tagsPath))) : [];

        var experts = MarkdownFiles(Path.Combine(input, "experts")).Select(path =>
        {
            var (fm, body) = FrontMatter(path);
            return new ExpertFacts(Path.GetFileNameWithoutExtension(path), Yaml.Text(fm, "name")!, Yaml.Text(fm, "role")!,
                Yaml.List(fm, "credentials"), Yaml.Text(fm, "photo"), body);
        }).ToList();

        var answers = MarkdownFiles(Path.Combine(input, "answers")).Select(path =>
        {
            var (fm, body) = FrontMatter(path);
            string? askerName = null, askerLocation = null;
            if (fm.Children.TryGetValue(new YamlScalarNode("asker"), out var asker))
            {
                if (asker is YamlMappingNode am) (askerName, askerLocation) = (Yaml.Text(am, "name"), Yaml.Text(am, "location"));
                else askerName = ((YamlScalarNode)asker).Value;
            }
            var exercises = fm.Children.TryGetValue(new YamlScalarNode("exercises"), out var ex) && ex is YamlSequenceNode seq
                ? seq.Children.Cast<YamlMappingNode>().Select(m => new ExerciseFacts(Yaml.Text(m, "title")!, Yaml.Text(m, "url")!)).ToList()
                : [];
            return new AnswerFacts(
                Path.GetFileNameWithoutExtension(path), path, Yaml.Text(fm, "title")!,
                DateOnly.ParseExact(Yaml.Text(fm, "date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Yaml.Text(fm, "updated") is { } u ? DateOnly.ParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Yaml.Text(fm, "draft") == "true", Yaml.Text(fm, "expert")!, Yaml.List(fm, "tags"),
                askerName, askerLocation, exercises, Yaml.Text(fm, "summary"), Yaml.Text(fm, "question")!, body);
        }).ToList();

        return new ContentFacts(siteFacts, tags, experts, answers);
    }

    /// <summary>Terms as tags.yml (or a taxonomy's <c>terms:</c> in site.yml) gives them: a name alone, or a name and a description.</summary>
    public static IReadOnlyList<TagFacts> Terms(YamlMappingNode map) => [.. map.Children.Select(kv =>
    {
        var id = ((YamlScalarNode)kv.Key).Value!;
        return kv.Value is YamlMappingNode m
            ? new TagFacts(id, Yaml.Text(m, "name")!, Yaml.Text(m, "description") ?? "")
            : new TagFacts(id, ((YamlScalarNode)kv.Value).Value!, "");
    })];

    private static IEnumerable<string> MarkdownFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    public static (YamlMappingNode FrontMatter, string Body) FrontMatter(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("---", lines[0].TrimEnd());
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        Assert.True(end > 0, $"{path} has no closing --- line");
        return (Yaml.Load(string.Join('\n', lines[1..end])), string.Join('\n', lines[(end + 1)..]));
    }

    /// <summary>The test's own YAML reading, for the facts of this file and of <see cref="TaxonomyFacts"/>.</summary>
    internal static class Yaml
    {
        public static YamlMappingNode Load(string text)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return (YamlMappingNode)stream.Documents[0].RootNode;
        }

        public static string? Text(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } ? v.Trim() : null;

        public static IReadOnlyList<string> List(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
                ? [.. seq.Children.Cast<YamlScalarNode>().Select(s => s.Value!.Trim())]
                : [];
    }
}

internal sealed record SiteFacts(string Title, string Description, Uri BaseUrl, string Language, string Disclaimer, int PerPage);

internal sealed record TagFacts(string Id, string Name, string Description);

internal sealed record ExpertFacts(string Id, string Name, string Role, IReadOnlyList<string> Credentials, string? Photo, string Bio);

internal sealed record ExerciseFacts(string Title, string Url);

internal sealed record AnswerFacts(
    string Slug,
    string FullPath,
    string Title,
    DateOnly Date,
    DateOnly? Updated,
    bool Draft,
    string Expert,
    IReadOnlyList<string> Tags,
    string? AskerName,
    string? AskerLocation,
    IReadOnlyList<ExerciseFacts> Exercises,
    string? Summary,
    string Question,
    string Body);
