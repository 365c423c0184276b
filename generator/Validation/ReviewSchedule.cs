using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// When each published answer is due for review, in one place for the overdue rule and <c>check --reviews</c>.
/// An answer's interval is the shortest among its tags that set <c>review_every:</c>; when none does, site.yml's;
/// when neither, its reviews are never due. It is due that long after the review that counts, or after its date
/// when it has none.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>The day the clock reads, in UTC: a review is overdue from the day after it was due, wherever one is.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Every published answer whose reviews fall due, soonest first (then by file).</summary>
    public static IReadOnlyList<ReviewDue> Of(ContentSet content)
    {
        var experts = content.Experts.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var schedule = new List<ReviewDue>();
        foreach (var answer in content.Answers.Where(a => !a.Draft))
        {
            // An answer whose date did not load has its error; there is nothing to count from.
            if (answer.Fields.Date(Content.Fields.AnswerFields.Date) is not { } date || IntervalOf(answer, content) is not { } applies) continue;
            var (interval, tag) = applies;
            var reviewer = answer.ReviewerAmong(experts);
            var from = reviewer is null ? date.Value : answer.Reviewed!.Value.Value;
            schedule.Add(new ReviewDue(answer, interval.Value.After(from), interval, tag, reviewer));
        }
        return [.. schedule.OrderBy(d => d.Due).ThenBy(d => d.Answer.Location.Path, StringComparer.Ordinal)];
    }

    /// <summary>The interval that applies to an answer, and the tag that sets it (null for site.yml); null when its reviews are never due.</summary>
    public static (Positioned<ReviewInterval> Interval, string? Tag)? IntervalOf(AnswerFile answer, ContentSet content)
    {
        var tags = content.Tags;
        (string Tag, Positioned<ReviewInterval> Every)? shortest = null;
        foreach (var tag in answer.Tags)
        {
            // The first of equals wins: the tag the answer lists first.
            if (tags.Terms.TryGetValue(tag.Value, out var term) && term.ReviewEvery is { } every && (shortest is null || every.Value.Months < shortest.Value.Every.Value.Months))
                shortest = (tag.Value, every);
        }
        if (shortest is var (id, interval)) return (interval, id);
        return content.Site.ReviewEvery is { } site ? (site, null) : null;
    }

    /// <summary>
    /// The reviews grouped by who should see to them (<see cref="ReviewDue.Expert"/>), each expert's soonest first,
    /// the experts in the order of their soonest (then by id).
    /// </summary>
    public static IReadOnlyList<ReviewQueue> ByExpert(IEnumerable<ReviewDue> reviews, ContentSet content)
    {
        var names = content.Experts.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return [.. reviews.GroupBy(r => r.Expert, StringComparer.Ordinal)
            .Select(g => new ReviewQueue(g.Key, names.GetValueOrDefault(g.Key) ?? g.Key,
                [.. g.OrderBy(r => r.Due).ThenBy(r => r.Answer.Location.Path, StringComparer.Ordinal)]))
            .OrderBy(q => q.Soonest).ThenBy(q => q.Expert, StringComparer.Ordinal)];
    }
}
