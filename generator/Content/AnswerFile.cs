using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>
/// An answer as written in <c>answers/YYYY/&lt;slug&gt;.md</c>: every field <see cref="AnswerFields"/> declares, read
/// into <see cref="Fields"/>, with the Markdown rendered and the objects made. A field that failed to load holds
/// an empty value and has its diagnostic, so the rules can still check the rest of the file.
/// </summary>
public sealed record AnswerFile(
    string Slug,
    SourceLocation Location,
    FieldValues Fields,
    RenderedMarkdown Question,
    RenderedMarkdown Body,
    Asker Asker,
    IReadOnlyList<ExerciseEntry> Exercises,
    IReadOnlyList<UnknownKey> UnknownKeys)
{
    /// <summary>Where the file is inside the input folder, '/'-separated: "answers/2026/x.md".</summary>
    public string InputPath { get; init; } = "";

    /// <summary>The images its question and body show, each named by its published path ("media/calf-raise.3f2a….jpg").</summary>
    public IReadOnlyList<MediaFile> Images { get; init; } = [];

    /// <summary>Text <c>new</c> wrote for the author to replace, still in the file, each where it stands.</summary>
    public IReadOnlyList<Positioned<Placeholder>> Placeholders { get; init; } = [];

    public Positioned<string> Title => Fields.Text(AnswerFields.Title) ?? new("", Location);
    public Positioned<DateOnly> Date => Fields.Date(AnswerFields.Date) ?? new(default, Location);
    public Positioned<DateOnly>? Updated => Fields.Date(AnswerFields.Updated);
    public Positioned<string>? Summary => Fields.Text(AnswerFields.Summary);
    public Positioned<string> Expert => Fields.Text(AnswerFields.Expert) ?? new("", Location);
    public IReadOnlyList<Positioned<string>> Tags => Fields.Texts(AnswerFields.Tags);
    public bool Draft => Fields.Boolean(AnswerFields.Draft)?.Value ?? false;
    public IReadOnlyList<Positioned<string>> Aliases => Fields.Texts(AnswerFields.Aliases);
    public Positioned<string>? ReviewedBy => Fields.Text(AnswerFields.ReviewedBy);
    public Positioned<DateOnly>? Reviewed => Fields.Date(AnswerFields.Reviewed);

    /// <summary>
    /// The expert whose review counts, among the experts there are: <c>reviewed_by</c> with a <c>reviewed</c> date,
    /// naming an expert other than the author. Null when the answer has no such review (the rules say why).
    /// </summary>
    public string? ReviewerAmong(IReadOnlySet<string> expertIds) =>
        this is { ReviewedBy: { } by, Reviewed: not null } && by.Value != Expert.Value && expertIds.Contains(by.Value) ? by.Value : null;

    /// <summary>Its corrections as written, each complete (one missing its date or text is reported and left out).</summary>
    public IReadOnlyList<CorrectionEntry> Corrections => [.. Fields.Objects(AnswerFields.Corrections).Select(CorrectionEntry.From).OfType<CorrectionEntry>()];

    /// <summary>Its sources as written, each with a title and a link (one missing either is reported and left out).</summary>
    public IReadOnlyList<SourceEntry> Sources => [.. Fields.Objects(AnswerFields.Sources).Select(SourceEntry.From).OfType<SourceEntry>()];

    /// <summary>The term ids it lists for a taxonomy, by the field that declares it (none when left out).</summary>
    public IReadOnlyList<Positioned<string>> TermsOf(Field field) => Fields.Texts(field);
}
