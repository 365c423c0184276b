using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Support;

/// <summary>
/// What an answer's front matter says about its review, corrections and sources, an expert's about their
/// registration and disclosures, and tags.yml about medical tags and see-a-clinician notes, read with the tests' own
/// YAML parsing (as <see cref="ContentFacts"/> reads the rest).
/// </summary>
/// <param name="Corrections">In the order written.</param>
internal sealed record TrustFacts(
    string? ReviewedBy,
    DateOnly? Reviewed,
    IReadOnlyList<(DateOnly Date, string Text)> Corrections,
    IReadOnlyList<(string Title, string Url, string? Doi, string? PubMedId)> Sources)
{
    public IReadOnlyList<DateOnly> CorrectionDates => [.. Corrections.Select(c => c.Date)];

    public static TrustFacts Of(AnswerFacts answer)
    {
        var (fm, _) = ContentFacts.FrontMatter(answer.FullPath);
        return new TrustFacts(
            ContentFacts.Yaml.Text(fm, "reviewed_by"),
            ContentFacts.Yaml.Text(fm, "reviewed") is { } r ? Day(r) : null,
            [.. Maps(fm, "corrections").Select(c => (Day(ContentFacts.Yaml.Text(c, "date")!), ContentFacts.Yaml.Text(c, "text")!))],
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

    /// <summary>An expert's <c>disclosures:</c>, in the order written; none when absent.</summary>
    public static IReadOnlyList<string> DisclosuresOf(string input, string expertId) =>
        ContentFacts.Yaml.List(ContentFacts.FrontMatter(Path.Combine(input, "experts", expertId + ".md")).FrontMatter, "disclosures");

    /// <summary>The ids of the tags tags.yml marks <c>medical: true</c>.</summary>
    public static IReadOnlySet<string> MedicalTags(string input) =>
        Tags(input).Where(t => ContentFacts.Yaml.Text(t.Map, "medical") == "true").Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each tag's <c>see_a_clinician:</c> note, by tag id; tags without one are left out.</summary>
    public static IReadOnlyDictionary<string, string> ClinicianNotes(string input) =>
        Tags(input).Select(t => (t.Id, Note: ContentFacts.Yaml.Text(t.Map, "see_a_clinician"))).Where(t => t.Note is not null)
            .ToDictionary(t => t.Id, t => t.Note!, StringComparer.Ordinal);

    private static IEnumerable<(string Id, YamlMappingNode Map)> Tags(string input)
    {
        var path = Path.Combine(input, "tags.yml");
        if (!File.Exists(path)) return [];
        return ContentFacts.Yaml.Load(File.ReadAllText(path)).Children
            .Where(kv => kv.Value is YamlMappingNode).Select(kv => (((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value));
    }

    private static IEnumerable<YamlMappingNode> Maps(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq ? seq.Children.Cast<YamlMappingNode>() : [];

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
