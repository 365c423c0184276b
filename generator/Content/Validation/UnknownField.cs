using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>
/// A front-matter key the generator does not know is ignored, which is usually a misspelling
/// (<c>titel:</c>): a warning, with the nearest known key.
/// </summary>
public sealed class UnknownField : IAnswerLocalRule
{
    private static readonly Dictionary<string, string[]> AnswerKeys = new(StringComparer.Ordinal)
    {
        [""] = ["title", "date", "updated", "question", "asker", "expert", "tags", "exercises", "summary", "draft", "aliases"],
        ["asker"] = ["name", "location"],
        ["exercises"] = ["title", "url", "kind", "minutes"],
    };

    private static readonly Dictionary<string, string[]> ExpertKeys = new(StringComparer.Ordinal)
    {
        [""] = ["name", "role", "credentials", "photo", "links"],
    };

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var key in content.Answers.SelectMany(a => a.Keys)) Report(key, AnswerKeys, bag);
        foreach (var key in content.Experts.SelectMany(e => e.Keys)) Report(key, ExpertKeys, bag);
    }

    private static void Report(FieldKey key, Dictionary<string, string[]> known, DiagnosticBag bag)
    {
        if (!known.TryGetValue(key.Parent, out var names) || names.Contains(key.Name.Value, StringComparer.Ordinal)) return;
        var where = key.Parent.Length == 0 ? "the front matter" : $"`{key.Parent}`";
        var nearest = NearestName.Find(key.Name.Value, names);
        bag.Warning(key.Name.Location, DiagnosticCode.UnknownField, $"`{key.Name.Value}` is not a field of {where}, so it is ignored",
            nearest is null ? $"the fields are: {string.Join(", ", names)}" : $"did you mean `{nearest}`?");
    }
}
