using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Support;

/// <summary>
/// What an answer's front matter says about its review, corrections and sources, and an expert's about their
/// registration, read with the tests' own YAML parsing (as <see cref="ContentFacts"/> reads the rest).
/// </summary>
internal sealed record TrustFacts(
    string? ReviewedBy,
    DateOnly? Reviewed,
    IReadOnlyList<DateOnly> CorrectionDates,
    IReadOnlyList<(string Title, string Url, string? Doi, string? PubMedId)> Sources)
{
    public static TrustFacts Of(AnswerFacts answer)
    {
        var (fm, _) = ContentFacts.FrontMatter(answer.FullPath);
        return new TrustFacts(
            ContentFacts.Yaml.Text(fm, "reviewed_by"),
            ContentFacts.Yaml.Text(fm, "reviewed") is { } r ? Day(r) : null,
            [.. Maps(fm, "corrections").Select(c => Day(ContentFacts.Yaml.Text(c, "date")!))],
            [.. Maps(fm, "sources").Select(s => (ContentFacts.Yaml.Text(s, "title")!, ContentFacts.Yaml.Text(s, "url")!,
                ContentFacts.Yaml.Text(s, "doi"), ContentFacts.Yaml.Text(s, "pmid")))]);
    }

    /// <summary>The date the answer last changed: the latest of date, updated and its corrections.</summary>
    public static DateOnly LastModified(AnswerFacts answer) =>
        Of(answer).CorrectionDates.Append(answer.Updated ?? answer.Date).Append(answer.Date).Max();

    /// <summary>An expert's <c>registration:</c> (body, number, url), or null.</summary>
    public static (string Body, string Number, string? Url)? RegistrationOf(string input, string expertId)
    {
        var (fm, _) = ContentFacts.FrontMatter(Path.Combine(input, "experts", expertId + ".md"));
        return fm.Children.TryGetValue(new YamlScalarNode("registration"), out var node) && node is YamlMappingNode m
            ? (ContentFacts.Yaml.Text(m, "body")!, ContentFacts.Yaml.Text(m, "number")!, ContentFacts.Yaml.Text(m, "url"))
            : null;
    }

    /// <summary>The ids of the tags tags.yml marks <c>medical: true</c>.</summary>
    public static IReadOnlySet<string> MedicalTags(string input)
    {
        var path = Path.Combine(input, "tags.yml");
        if (!File.Exists(path)) return new HashSet<string>();
        return ContentFacts.Yaml.Load(File.ReadAllText(path)).Children
            .Where(kv => kv.Value is YamlMappingNode m && ContentFacts.Yaml.Text(m, "medical") == "true")
            .Select(kv => ((YamlScalarNode)kv.Key).Value!).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<YamlMappingNode> Maps(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq ? seq.Children.Cast<YamlMappingNode>() : [];

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
