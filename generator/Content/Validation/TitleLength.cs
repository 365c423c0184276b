using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>A title long enough to say what the question is, and short enough for a search result.</summary>
public sealed class TitleLength : IAnswerLocalRule
{
    public const int Min = 10;
    public const int Max = 120;

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var title in content.Answers.Select(a => a.Title).Where(t => t.Value.Length > 0))
        {
            if (title.Value.Length < Min)
                bag.Error(title.Location, DiagnosticCode.TitleLength, $"the title is {title.Value.Length} characters; it needs at least {Min}",
                    "write the reader's question as a full sentence, for example `title: Why do my knees hurt on downhills?`");
            else if (title.Value.Length > Max)
                bag.Error(title.Location, DiagnosticCode.TitleLength, $"the title is {title.Value.Length} characters; at most {Max} fit a search result",
                    "keep the heart of the question in the title and move the detail into `question:`");
        }
    }
}
