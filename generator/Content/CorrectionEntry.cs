using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>A correction made to an answer after publication: <c>corrections: [{ date, text }]</c>.</summary>
public sealed record CorrectionEntry(Positioned<DateOnly> Date, Positioned<string> Text)
{
    /// <summary>The correction as written; null when its date or text is missing (already reported).</summary>
    public static CorrectionEntry? From(FieldValues correction) =>
        correction.Date(AnswerFields.CorrectionDate) is { } date && correction.Text(AnswerFields.CorrectionText) is { } text
            ? new CorrectionEntry(date, text)
            : null;
}
