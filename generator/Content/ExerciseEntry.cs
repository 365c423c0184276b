using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>An exercise, drill, plan or video the expert recommends.</summary>
public sealed record ExerciseEntry(string Title, Positioned<string> Url, string Kind, int? Minutes)
{
    public static IReadOnlyList<string> Kinds => AnswerFields.ExerciseKind.Choices;

    /// <summary>The exercise as written; null when its title or link is missing (already reported).</summary>
    public static ExerciseEntry? From(FieldValues exercise) =>
        exercise.Text(AnswerFields.ExerciseTitle) is { } title && exercise.Text(AnswerFields.ExerciseUrl) is { } url
            ? new ExerciseEntry(title.Value, url, exercise.Text(AnswerFields.ExerciseKind)?.Value ?? AnswerFields.ExerciseKind.Default!,
                exercise.Integer(AnswerFields.ExerciseMinutes)?.Value)
            : null;
}
