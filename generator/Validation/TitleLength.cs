using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>A title long enough to say what the question is, and short enough for a search result.</summary>
public sealed class TitleLength : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        var (min, max) = (AnswerFields.Title.MinLength!.Value, AnswerFields.Title.MaxLength!.Value);
        foreach (var title in content.Answers.Select(a => a.Title).Where(t => t.Value.Length > 0))
        {
            if (title.Value.Length < min)
                bag.Error(title.Location, DiagnosticCode.TitleLength, $"the title is {title.Value.Length} characters; it needs at least {min}",
                    $"write the reader's question as a full sentence, for example `{AnswerFields.Title.Example}`");
            else if (title.Value.Length > max)
                bag.Error(title.Location, DiagnosticCode.TitleLength, $"the title is {title.Value.Length} characters; at most {max} fit a search result",
                    $"keep the heart of the question in the title and move the detail into `{AnswerFields.Question.Name}:`");
        }
    }
}
