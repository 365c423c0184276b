namespace RunnersQA.Pipeline;

/// <summary>What to build, from where to where. Null values fall back to site.yml.</summary>
public sealed record BuildOptions(
    string Input = "input",
    string Output = "_site",
    Uri? BaseUrl = null,
    bool Drafts = false,
    string? Theme = null,
    bool MinifyHtml = false)
{
    /// <summary>For tests: called before each stage and each file or page, so a fault can be injected there.</summary>
    internal Diagnostics.FaultProbe? Probe { get; init; }

    /// <summary>True for <c>serve</c>'s builds, which templates see as <c>site.preview</c>; <c>build</c> and <c>check</c> leave it false.</summary>
    public bool Preview { get; init; }

    /// <summary>
    /// The clock reviews are counted by (which are overdue); <c>check --today</c> pins it to one day. Dates in the
    /// future are always judged by the real one: a page must never show a day its readers have not reached.
    /// </summary>
    public TimeProvider ReviewClock { get; init; } = TimeProvider.System;

    /// <summary>How the user ran the generator, for hints that name a command.</summary>
    public Diagnostics.Invocation Invocation { get; init; } = Diagnostics.Invocation.Installed;
}
