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
}
