namespace RunnersQA.Diagnostics;

/// <summary>
/// A stable diagnostic code. Codes never change meaning once released, so that
/// docs, CI logs and editor integrations can rely on them.
/// </summary>
public sealed record DiagnosticCode(int Number, string Name)
{
    public override string ToString() => $"RQA{Number:000}";

    public static readonly DiagnosticCode MalformedYaml = new(1, "malformed-yaml");
    public static readonly DiagnosticCode MissingField = new(2, "missing-field");
    public static readonly DiagnosticCode InvalidDate = new(3, "invalid-date");
    public static readonly DiagnosticCode UnknownExpert = new(4, "unknown-expert");
    public static readonly DiagnosticCode UnknownTag = new(5, "unknown-tag");
    public static readonly DiagnosticCode DuplicateSlug = new(6, "duplicate-slug");
    public static readonly DiagnosticCode UnsafeLink = new(7, "unsafe-link");
    public static readonly DiagnosticCode WrongType = new(8, "wrong-type");
    public static readonly DiagnosticCode MissingFile = new(9, "missing-file");
    public static readonly DiagnosticCode MissingFrontMatter = new(10, "missing-front-matter");
    public static readonly DiagnosticCode InvalidTemplate = new(11, "invalid-template");
    public static readonly DiagnosticCode InvalidSlug = new(12, "invalid-slug");
    public static readonly DiagnosticCode InvalidValue = new(13, "invalid-value");
    public static readonly DiagnosticCode FutureDate = new(14, "future-date");
    public static readonly DiagnosticCode UpdatedBeforeDate = new(15, "updated-before-date");
    public static readonly DiagnosticCode TitleLength = new(16, "title-length");
    public static readonly DiagnosticCode SummaryLength = new(17, "summary-length");
    public static readonly DiagnosticCode TagCount = new(18, "tag-count");
    public static readonly DiagnosticCode MissingBio = new(19, "missing-bio");
    public static readonly DiagnosticCode DuplicateExercise = new(20, "duplicate-exercise");
    public static readonly DiagnosticCode BrokenAnswerLink = new(21, "broken-answer-link");
    public static readonly DiagnosticCode LevelOneHeading = new(22, "level-one-heading");
    public static readonly DiagnosticCode ImageWithoutAlt = new(23, "image-without-alt");
    public static readonly DiagnosticCode UnknownField = new(24, "unknown-field");
    public static readonly DiagnosticCode InvalidAlias = new(25, "invalid-alias");
    public static readonly DiagnosticCode AliasConflict = new(26, "alias-conflict");
    public static readonly DiagnosticCode Symlink = new(27, "symlink");
    public static readonly DiagnosticCode NotUtf8 = new(28, "not-utf8");
    public static readonly DiagnosticCode ControlCharacter = new(29, "control-character");
    public static readonly DiagnosticCode OverLimit = new(30, "over-limit");
    public static readonly DiagnosticCode BrokenLocalLink = new(31, "broken-local-link");
    public static readonly DiagnosticCode UnreadableFile = new(32, "unreadable-file");
    public static readonly DiagnosticCode InternalError = new(33, "internal-error");
    public static readonly DiagnosticCode PlaceholderText = new(34, "placeholder-text");
    public static readonly DiagnosticCode AnswerImage = new(35, "answer-image");
    public static readonly DiagnosticCode MissingString = new(36, "missing-string");
    public static readonly DiagnosticCode LowContrast = new(37, "low-contrast");
    public static readonly DiagnosticCode ConflictingSettings = new(38, "conflicting-settings");
    public static readonly DiagnosticCode ReviewOverdue = new(39, "review-overdue");
    public static readonly DiagnosticCode InvalidReviewer = new(40, "invalid-reviewer");
    public static readonly DiagnosticCode InvalidSource = new(41, "invalid-source");
    public static readonly DiagnosticCode MissingSources = new(42, "missing-sources");
    public static readonly DiagnosticCode PersonalData = new(43, "personal-data");

    /// <summary>Every code, in number order: for docs/diagnostics.md and `check --format json`.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        MalformedYaml, MissingField, InvalidDate, UnknownExpert, UnknownTag, DuplicateSlug, UnsafeLink, WrongType, MissingFile,
        MissingFrontMatter, InvalidTemplate, InvalidSlug, InvalidValue, FutureDate, UpdatedBeforeDate, TitleLength, SummaryLength,
        TagCount, MissingBio, DuplicateExercise, BrokenAnswerLink, LevelOneHeading, ImageWithoutAlt, UnknownField, InvalidAlias, AliasConflict,
        Symlink, NotUtf8, ControlCharacter, OverLimit, BrokenLocalLink, UnreadableFile, InternalError,
        PlaceholderText, AnswerImage, MissingString, LowContrast, ConflictingSettings, ReviewOverdue, InvalidReviewer, InvalidSource,
        MissingSources, PersonalData,
    ];
}
