namespace RunnersQA.Validation;

/// <summary>The reviews one expert should see to, soonest first (<see cref="ReviewSchedule.ByExpert"/>).</summary>
/// <param name="Name">Their name as their file gives it; the id when no expert file has it.</param>
public sealed record ReviewQueue(string Expert, string Name, IReadOnlyList<ReviewDue> Reviews)
{
    public DateOnly Soonest => Reviews[0].Due;
}
