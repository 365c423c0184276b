using RunnersQA.Diagnostics;

namespace RunnersQA.Build;

/// <summary>How a build or check went: every diagnostic, and what was written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int FilesWritten, int FilesChanged, TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
