using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// Text <c>new</c> wrote for the author to replace (<see cref="Placeholder"/>) must not reach readers: an error in a
/// published answer and in any expert (experts have no drafts), a warning in a draft, which is not published yet.
/// </summary>
public sealed class PlaceholderText : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            foreach (var (placeholder, at) in answer.Placeholders)
            {
                if (answer.Draft)
                    bag.Warning(at, DiagnosticCode.PlaceholderText, $"`{placeholder.Text}` is placeholder text; replace it before the draft is published", Hint(placeholder));
                else
                    bag.Error(at, DiagnosticCode.PlaceholderText, $"`{placeholder.Text}` is placeholder text, and readers would see it", Hint(placeholder));
            }
        }
        foreach (var expert in content.Experts)
        {
            foreach (var (placeholder, at) in expert.Placeholders)
                bag.Error(at, DiagnosticCode.PlaceholderText, $"`{placeholder.Text}` is placeholder text, and readers would see it on the expert's page", Hint(placeholder));
        }
    }

    private static string Hint(Placeholder placeholder) => $"replace the text `{placeholder.Text}` with {placeholder.Replacement}; it came from `new`";
}
