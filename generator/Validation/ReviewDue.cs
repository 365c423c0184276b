using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// When one published answer is due for its next review (<see cref="ReviewSchedule"/>), from what, and who should
/// see to it: the expert who reviewed it last, or, when it was never reviewed, its author, who should find a reviewer.
/// </summary>
/// <param name="Interval">The interval that applies, where it is set.</param>
/// <param name="Tag">The tag whose <c>review_every:</c> sets the interval; null when site.yml's does.</param>
/// <param name="Reviewer">The expert whose review counts (<see cref="AnswerFile.ReviewerAmong"/>); null when never reviewed.</param>
public sealed record ReviewDue(AnswerFile Answer, DateOnly Due, Positioned<ReviewInterval> Interval, string? Tag, string? Reviewer)
{
    public bool NeverReviewed => Reviewer is null;

    /// <summary>The day of the review that counts; null when never reviewed.</summary>
    public DateOnly? LastReviewed => NeverReviewed ? null : Answer.Reviewed?.Value;

    /// <summary>Who should see to the review: the last reviewer, or the author.</summary>
    public string Expert => Reviewer ?? Answer.Expert.Value;

    /// <summary>Where to point at it: its <c>reviewed:</c> line, or its <c>date:</c> line when it was never reviewed.</summary>
    public SourceLocation At => NeverReviewed ? Answer.Date.Location : Answer.Reviewed!.Value.Location;

    public bool IsOverdue(DateOnly today) => Due < today;

    /// <summary>Days from <paramref name="today"/> to the due date; negative when overdue.</summary>
    public int DaysLeft(DateOnly today) => Due.DayNumber - today.DayNumber;

    /// <summary>Where the interval is set, in words: "site.yml", "tag `knee-pain` in tags.yml".</summary>
    public string SetBy => Tag is null ? File : $"tag `{Tag}` in {File}";

    private string File => Path.GetFileName(Interval.Location.Path);

    /// <summary>Why it is due then, in words: "1 year after the last review on 2026-05-12 (`review_every:` of tag `knee-pain` in tags.yml)".</summary>
    public string Reason =>
        $"{Interval.Value} after {(NeverReviewed ? $"its `{AnswerFields.Date.Name}:`, {Answer.Date.Value:yyyy-MM-dd}" : $"the last review on {LastReviewed:yyyy-MM-dd}")}" +
        $" (`{SiteFields.ReviewEvery.Name}:` {(Tag is null ? "in" : "of")} {SetBy})";
}
