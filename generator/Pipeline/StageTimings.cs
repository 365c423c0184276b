using System.Diagnostics;

namespace RunnersQA.Pipeline;

/// <summary>Wall time per build stage, in order, for <c>build --timings</c>.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Closes the stage that has run since the previous call.</summary>
    public void End(string stage)
    {
        _stages.Add((stage, _clock.Elapsed));
        _clock.Restart();
    }

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;
}
