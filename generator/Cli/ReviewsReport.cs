using System.Globalization;
using System.Text.Json;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Validation;

namespace RunnersQA.Cli;

/// <summary>
/// <c>check --reviews</c>: the answers whose review is overdue or falls due within some days, by the expert who should
/// see to it (docs/reviews.md). The content's errors come first, so that an input that did not load is never read as
/// "nothing due"; its warnings are left to <c>check</c>, since the overdue ones are what the list says.
/// </summary>
internal sealed class ReviewsReport
{
    private readonly IReadOnlyList<Diagnostic> _errors;
    private readonly IReadOnlyList<ReviewQueue> _queues;
    private readonly DateOnly _today;
    private readonly int _within;

    public ReviewsReport(BuildResult result, DateOnly today, int within)
    {
        (_today, _within) = (today, within);
        _errors = [.. result.Diagnostics.Where(d => d.IsError)];
        var until = Until;
        _queues = result.Content is { } content
            ? ReviewSchedule.ByExpert(ReviewSchedule.Of(content).Where(r => r.Due <= until), content)
            : [];
    }

    /// <summary>The last day a review may fall due and be listed.</summary>
    public DateOnly Until => _today.AddDays(_within);

    private IEnumerable<ReviewDue> All => _queues.SelectMany(q => q.Reviews);

    public void Write(TextWriter stdout, DiagnosticStyle style, string input, bool verbose)
    {
        if (style == DiagnosticStyle.Json)
        {
            WriteJson(stdout);
            return;
        }
        DiagnosticPrinter.Print(_errors, stdout, style, verbose);
        if (style == DiagnosticStyle.GitHub) WriteAnnotations(stdout);
        else WriteText(stdout);
        var (due, overdue) = (All.Count(), All.Count(r => r.IsOverdue(_today)));
        stdout.WriteLine($"Checked {input}: {Count(_errors.Count, "error")}; {Count(due, "review")} due by {Day(Until)}, {overdue} overdue.");
    }

    private void WriteText(TextWriter stdout)
    {
        if (_queues.Count == 0)
        {
            stdout.WriteLine($"No review is due by {Day(Until)} (today is {Day(_today)}; --within {_within} days).");
            return;
        }
        stdout.WriteLine($"Reviews due by {Day(Until)} (today is {Day(_today)}; --within {_within} days), by expert, soonest first:");
        foreach (var queue in _queues)
        {
            stdout.WriteLine();
            var own = queue.Reviews.Count(r => r.NeverReviewed);
            stdout.WriteLine($"{queue.Name} ({queue.Expert}): {Count(queue.Reviews.Count, "review")} due, the soonest {Day(queue.Soonest)}" +
                (own == 0 ? "" : $"; {own} of their own answers never reviewed: find another expert to review {(own == 1 ? "it" : "them")}"));
            foreach (var review in queue.Reviews)
                stdout.WriteLine($"  due {Day(review.Due)} ({When(review)})  last reviewed {(review.LastReviewed is { } last ? Day(last) : "never (their own answer: find a reviewer)")}" +
                    $"  {review.Answer.Location.Path}:{review.At.Line}  {review.Answer.Title.Value}");
        }
        stdout.WriteLine();
    }

    private void WriteAnnotations(TextWriter stdout)
    {
        foreach (var review in All)
        {
            var title = review.IsOverdue(_today) ? $"Review overdue since {Day(review.Due)}" : $"Review due {Day(review.Due)}";
            var who = review.NeverReviewed
                ? $"Never reviewed: its author, {Name(review.Expert)}, should find another expert to review it."
                : $"{Name(review.Expert)} reviewed it last, on {Day(review.LastReviewed!.Value)}, and should check it again.";
            stdout.WriteLine(GitHubAnnotation.Format(Severity.Warning, review.At, title, $"{who} Due {Day(review.Due)} ({When(review)}): {review.Reason}."));
        }
    }

    /// <summary>One document, nothing else on stdout, as docs/reviews.md describes it.</summary>
    private void WriteJson(TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("today", Day(_today));
            json.WriteNumber("within", _within);
            json.WriteString("until", Day(Until));
            json.WriteNumber("errors", _errors.Count);
            json.WritePropertyName("diagnostics");
            DiagnosticJson.WriteArray(json, _errors);
            json.WriteNumber("due", All.Count());
            json.WriteNumber("overdue", All.Count(r => r.IsOverdue(_today)));
            json.WriteStartArray("experts");
            foreach (var queue in _queues)
            {
                json.WriteStartObject();
                json.WriteString("id", queue.Expert);
                json.WriteString("name", queue.Name);
                json.WriteString("soonest", Day(queue.Soonest));
                json.WriteStartArray("reviews");
                foreach (var review in queue.Reviews) WriteReview(json, review);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private void WriteReview(Utf8JsonWriter json, ReviewDue review)
    {
        json.WriteStartObject();
        json.WriteString("path", review.Answer.Location.Path);
        json.WriteNumber("line", review.At.Line);
        json.WriteNumber("column", review.At.Column);
        json.WriteString("slug", review.Answer.Slug);
        json.WriteString("title", review.Answer.Title.Value);
        json.WriteString("author", review.Answer.Expert.Value);
        json.WriteString("as", review.NeverReviewed ? "author" : "reviewer");
        if (review.LastReviewed is { } last) json.WriteString("last_reviewed", Day(last));
        else json.WriteNull("last_reviewed");
        json.WriteString("due", Day(review.Due));
        json.WriteBoolean("overdue", review.IsOverdue(_today));
        json.WriteNumber("days_left", review.DaysLeft(_today));
        json.WriteString("interval", review.Interval.Value.ToString());
        json.WriteNumber("interval_months", review.Interval.Value.Months);
        json.WriteStartObject("interval_set");
        json.WriteString("path", review.Interval.Location.Path);
        json.WriteNumber("line", review.Interval.Location.Line);
        if (review.Tag is { } tag) json.WriteString("tag", tag);
        else json.WriteNull("tag");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private string Name(string expert) => _queues.First(q => q.Expert == expert) is var queue && queue.Name != expert ? $"{queue.Name} ({expert})" : expert;

    private string When(ReviewDue review) => review.DaysLeft(_today) switch
    {
        < 0 and var days => $"{Count(-days, "day")} overdue",
        0 => "today",
        var days => $"in {Count(days, "day")}",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
