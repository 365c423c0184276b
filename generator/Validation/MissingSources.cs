using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A published answer with a medical tag (<c>medical: true</c> in tags.yml) should say what evidence it rests on: a
/// warning, at the first medical tag, when it lists no sources.
/// </summary>
public sealed class MissingSources : IContentRule
{
    private static readonly string Example =
        $"{AnswerFields.Sources.Name}: [{{ {AnswerFields.SourceTitle.Example}, {AnswerFields.SourceUrl.Example} }}]";

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var terms = content.Tags.Terms;
        foreach (var answer in content.Answers.Where(a => !a.Draft && a.Fields.Objects(AnswerFields.Sources).Count == 0))
        {
            var medical = answer.Tags.FirstOrDefault(t => terms.TryGetValue(t.Value, out var term) && term.Medical);
            if (medical.Value is null) continue;
            bag.Warning(medical.Location, DiagnosticCode.MissingSources,
                $"the answer has the medical tag '{medical.Value}' and cites no sources",
                $"list the studies or guidelines the advice rests on under `{AnswerFields.Sources.Name}:`, for example `{Example}`");
        }
    }
}
