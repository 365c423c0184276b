namespace RunnersQA.Diagnostics;

/// <summary>
/// Where an exception stops: work on one file (or one stage) that throws becomes an error diagnostic naming
/// that file, and the build goes on to report everything else. No exception reaches the user as a stack trace.
/// </summary>
public static class FaultBarrier
{
    /// <summary>Runs <paramref name="work"/>; if it throws, reports at <paramref name="at"/> and returns <paramref name="fallback"/>.</summary>
    /// <param name="doing">What was being done, for the message: "reading the answer", "rendering /tags/".</param>
    public static T Guard<T>(SourceLocation at, string doing, DiagnosticBag bag, T fallback, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            bag.Add(Describe(e, at, doing));
            return fallback;
        }
    }

    public static void Guard(SourceLocation at, string doing, DiagnosticBag bag, Action work) =>
        Guard(at, doing, bag, true, () => { work(); return true; });

    public static Diagnostic Describe(Exception e, SourceLocation at, string doing)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e;
        return inner is IOException or UnauthorizedAccessException
            ? new Diagnostic(at, Severity.Error, DiagnosticCode.UnreadableFile, $"a file could not be read while {doing}: {inner.Message}",
                "check that the file exists and can be read (it may have been moved or deleted during the build), then build again") { Cause = inner }
            : new Diagnostic(at, Severity.Error, DiagnosticCode.InternalError, $"RunnersQA failed while {doing} ({inner.GetType().Name}: {inner.Message})",
                "this is a fault in RunnersQA: please report it with this file; run again with --verbose for the details") { Cause = inner };
    }
}
