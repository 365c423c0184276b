using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>
/// An answer as written in <c>answers/YYYY/&lt;slug&gt;.md</c>. A field that failed to load holds an empty
/// value and has its diagnostic, so the rules can still check the rest of the file.
/// </summary>
public sealed record AnswerFile(
    string Slug,
    SourceLocation Location,
    Positioned<string> Title,
    Positioned<DateOnly> Date,
    Positioned<DateOnly>? Updated,
    RenderedMarkdown Question,
    RenderedMarkdown Body,
    Positioned<string>? Summary,
    Asker Asker,
    Positioned<string> Expert,
    IReadOnlyList<Positioned<string>> Tags,
    IReadOnlyList<ExerciseEntry> Exercises,
    bool Draft,
    IReadOnlyList<Positioned<string>> Aliases,
    IReadOnlyList<FieldKey> Keys);
