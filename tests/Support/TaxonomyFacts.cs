using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Support;

/// <summary>
/// One taxonomy declared in a site's site.yml (besides tags), and its terms on each answer, read with the test's
/// own YAML parser: expected pages and filters come from the content, not from the generator's loader.
/// </summary>
internal sealed record TaxonomyFacts(string Key, string Term, string Name, string Path, IReadOnlyList<TagFacts> Terms,
    IReadOnlyDictionary<string, IReadOnlyList<string>> TermsBySlug)
{
    public TagFacts TermOf(string id) => Terms.Single(t => t.Id == id);

    /// <summary>How a term's ref starts in the search index (docs/search.md): the key and a colon.</summary>
    public string RefPrefix => Key + ":";

    /// <summary>The terms of the answer with this slug, as its front matter lists them; none when it lists none.</summary>
    public IReadOnlyList<string> Of(string slug) => TermsBySlug.GetValueOrDefault(slug) ?? [];

    /// <summary>Term id to its number of answers among <paramref name="published"/>; terms no answer has are left out.</summary>
    public IReadOnlyDictionary<string, int> Counts(IEnumerable<AnswerFacts> published) =>
        published.SelectMany(a => Of(a.Slug).Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    public static TaxonomyFacts Read(string input, string key)
    {
        var site = ContentFacts.Yaml.Load(File.ReadAllText(System.IO.Path.Combine(input, "site.yml")));
        var declared = (YamlMappingNode)((YamlMappingNode)site[new YamlScalarNode("taxonomies")])[new YamlScalarNode(key)];
        var terms = ContentFacts.Terms((YamlMappingNode)declared[new YamlScalarNode("terms")]);

        var bySlug = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(System.IO.Path.Combine(input, "answers"), "*.md", SearchOption.AllDirectories))
        {
            var (front, _) = ContentFacts.FrontMatter(path);
            if (front.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list)
                bySlug[System.IO.Path.GetFileNameWithoutExtension(path)] = [.. list.Children.Cast<YamlScalarNode>().Select(s => s.Value!.Trim())];
        }
        // The defaults docs/content-format.md gives: the term is the key, the name the key in words, the folder the key.
        return new TaxonomyFacts(key, ContentFacts.Yaml.Text(declared, "term") ?? key, ContentFacts.Yaml.Text(declared, "name") ?? char.ToUpperInvariant(key[0]) + key[1..],
            ContentFacts.Yaml.Text(declared, "path") ?? key + "/", terms, bySlug);
    }
}
