namespace RunnersQA.Validation;

/// <summary>
/// A clock that reads the start of one day (UTC) whenever it is asked: what <c>check --today</c> counts reviews by,
/// to plan them ahead, and tests check a site as of a day that does not move.
/// </summary>
public sealed class FixedDay(DateOnly day) : TimeProvider
{
    public DateOnly Day { get; } = day;

    public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
