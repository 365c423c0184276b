namespace RunnersQA.Diagnostics;

/// <summary>One problem in the input: where it is, what is wrong and how to fix it.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, DiagnosticCode Code, string Message, string Hint)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The exception behind a fault (<see cref="FaultBarrier"/>), printed only with --verbose.</summary>
    public Exception? Cause { get; init; }
}
