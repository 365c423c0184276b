using RunnersQA.Diagnostics;

namespace RunnersQA.Pipeline;

/// <summary>How a build or check went: every diagnostic, and what was rendered and written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int FilesWritten, int FilesChanged, TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>How many of the pages were rendered: all of them, except in a session's later builds.</summary>
    public int PagesRendered { get; init; }

    /// <summary>What was loaded from the input folder, kept by <c>check</c> only; null when loading failed.</summary>
    public Content.ContentSet? Content { get; init; }
}
