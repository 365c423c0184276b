using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A key no field declares is ignored, which is usually a misspelling (<c>titel:</c>): a warning, with the
/// nearest declared name. The loaders keep such keys, at every level of answers, experts, site.yml and tags.yml.
/// </summary>
public sealed class UnknownField : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var keys = content.Answers.SelectMany(a => a.UnknownKeys).Concat(content.Experts.SelectMany(e => e.UnknownKeys)).Concat(content.UnknownSettings);
        foreach (var key in keys)
        {
            if (key.TextAbove is { } text)
            {
                bag.Warning(key.Name.Location, DiagnosticCode.UnknownField,
                    $"`{key.Name.Value}` is not a field of {key.Where}, so it is ignored: it looks like a line of `{text}`'s text that is not indented",
                    $"indent it like the other lines of `{text}`; a line of text with ': ' in it is read as a new field unless it is indented");
                continue;
            }
            var nearest = NearestName.Find(key.Name.Value, key.Known.Names);
            bag.Warning(key.Name.Location, DiagnosticCode.UnknownField, $"`{key.Name.Value}` is not a field of {key.Where}, so it is ignored",
                nearest is null ? $"the fields are: {string.Join(", ", key.Known.Names)}" : $"did you mean `{nearest}`?");
        }
    }
}
