using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// The published question and the asker's name and location never carry the reader's contact details or address
/// (<see cref="PersonalDataFinder"/>). Drafts too: previews of them are public. Each finding is reported where it
/// stands in the file, inside the question's block as Markdown positions are.
/// </summary>
public sealed class PersonalData : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            if (answer.Fields.Text(AnswerFields.Question) is { } question) Report(question, "the question", bag);
            if (answer.Fields.Object(AnswerFields.Asker) is not { } asker) continue;
            if (asker.Text(AnswerFields.AskerName) is { } name) Report(name, $"the asker's `{AnswerFields.AskerName.Name}`", bag);
            if (asker.Text(AnswerFields.AskerLocation) is { } location) Report(location, $"the asker's `{AnswerFields.AskerLocation.Name}`", bag);
        }
    }

    private static void Report(Positioned<string> text, string where, DiagnosticBag bag)
    {
        foreach (var match in PersonalDataFinder.Find(text.Value))
            bag.Error(At(text, match.Index), DiagnosticCode.PersonalData,
                $"{where} holds what looks like {match.Kind.Words}, '{match.Text}', and it would be published", match.Kind.Hint);
    }

    /// <summary>
    /// Where a character of a value stands in the file: a block's lines follow its first, each indented as the first
    /// (the value's location), as <see cref="Markdown.MarkdownRenderer"/> counts them.
    /// </summary>
    private static SourceLocation At(Positioned<string> text, int index)
    {
        var before = text.Value.AsSpan(0, index);
        var lines = before.Count('\n');
        var column = index - (before.LastIndexOf('\n') + 1);
        return text.Location with { Line = text.Location.Line + lines, Column = text.Location.Column + column };
    }
}
