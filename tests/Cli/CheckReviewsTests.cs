using System.Text.Json;
using System.Text.RegularExpressions;
using RunnersQA.Cli;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Cli;

/// <summary>
/// <c>check --reviews</c> on tests/Fixtures/reviews, a site whose reviews fall due one after another, with the day
/// pinned by <c>--today</c>. The fixture's site.yml sets 12 months, tags.yml 6 for knee-pain and 2 years for nutrition;
/// what is due when is worked out below from its files, by hand.
/// </summary>
public sealed partial class CheckReviewsTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromFixture("reviews");

    public void Dispose() => _site.Dispose();

    /// <summary>As of 2027-01-15, within 30 days (up to 2027-02-14): by expert, each one's soonest first.</summary>
    private static readonly (string Expert, string Slug, string Due, string? LastReviewed)[] DueOn15January =
    [
        ("rachel-moss", "rest-days", "2026-10-14", null),                   // hers, never reviewed: 2025-10-14 + 12 months
        ("rachel-moss", "long-run-recovery", "2027-02-01", "2026-02-01"),  // Tom's, she reviewed it: + 12 months
        ("priya-nair", "sore-knees", "2026-12-01", "2026-06-01"),          // Rachel's, she reviewed it: knee-pain, + 6 months
        ("priya-nair", "hill-repeats", "2027-01-20", null),                // hers, never reviewed: 2026-01-20 + 12 months
        ("tom-adeyemi", "gels-on-long-runs", "2027-01-10", null),          // his, never reviewed: nutrition, 2025-01-10 + 2 years
    ];

    private CliRun Reviews(params string[] more) => CliRun.Invoke(["check", "--input", _site.Input, "--reviews", .. more]);

    [GeneratedRegex(@"^(?<name>.+) \((?<id>[a-z0-9-]+)\): \d+ reviews? due")]
    private static partial Regex ExpertLine();

    [GeneratedRegex(@"^  due (?<due>\d{4}-\d{2}-\d{2}) \((?<when>[^)]+)\)  last reviewed (?<last>\d{4}-\d{2}-\d{2}|never)[^/]*  (?<path>\S+):(?<line>\d+)  (?<title>.+)$")]
    private static partial Regex ReviewLine();

    /// <summary>The 1-based line of the answer the review is reported at: its `reviewed:`, or its `date:` when never reviewed.</summary>
    private int LineOf(string slug, bool reviewed)
    {
        var file = Directory.GetFiles(Path.Combine(_site.Input, "answers"), slug + ".md", SearchOption.AllDirectories).Single();
        return Array.FindIndex(File.ReadAllLines(file), l => l.StartsWith(reviewed ? "reviewed:" : "date:", StringComparison.Ordinal)) + 1;
    }

    [Fact]
    public void Text_lists_what_is_due_by_expert_soonest_first_with_file_title_last_review_and_due_date()
    {
        var run = Reviews("--today", "2027-01-15");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        var listed = new List<(string, string, string, string?)>();
        string? expert = null;
        foreach (var line in run.StdoutLines)
        {
            if (ExpertLine().Match(line) is { Success: true } e) expert = e.Groups["id"].Value;
            else if (ReviewLine().Match(line) is { Success: true } r)
            {
                var slug = Path.GetFileNameWithoutExtension(r.Groups["path"].Value);
                var last = r.Groups["last"].Value == "never" ? null : r.Groups["last"].Value;
                listed.Add((expert!, slug, r.Groups["due"].Value, last));
                Assert.Equal(LineOf(slug, last is not null), int.Parse(r.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
                Assert.StartsWith(Path.Combine(_site.Input, "answers"), r.Groups["path"].Value, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(r.Groups["title"].Value));
                // Never reviewed: the author is told to find a reviewer.
                if (last is null) Assert.Contains("find a reviewer", line, StringComparison.Ordinal);
            }
        }
        Assert.Equal(DueOn15January, listed);
        Assert.Contains(run.StdoutLines, l => l.Contains("rest-days.md", StringComparison.Ordinal) && l.Contains("(93 days overdue)", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.Contains("hill-repeats.md", StringComparison.Ordinal) && l.Contains("(in 5 days)", StringComparison.Ordinal));
        Assert.Equal("Checked " + _site.Input + ": 0 errors; 5 reviews due by 2027-02-14, 3 overdue.", run.StdoutLines[^1]);
    }

    [Theory]
    [InlineData("0", "2027-01-15")]
    [InlineData("5", "2027-01-20")]
    [InlineData("30", "2027-02-14")]
    [InlineData("400", "2028-02-19")]
    public void Within_says_how_far_ahead_the_list_looks(string within, string until)
    {
        using var document = JsonDocument.Parse(Reviews("--today", "2027-01-15", "--within", within, "--format", "json").Stdout);

        var listed = document.RootElement.GetProperty("experts").EnumerateArray().SelectMany(e => e.GetProperty("reviews").EnumerateArray())
            .Select(r => r.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal).ToList();
        var cadence = until.CompareTo("2027-11-20") >= 0 ? ["cadence-drills"] : Array.Empty<string>(); // reviewed by Tom 2026-11-20, no tag sets an interval
        var expected = DueOn15January.Where(d => string.CompareOrdinal(d.Due, until) <= 0).Select(d => d.Slug).Concat(cadence).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
        Assert.Equal(until, document.RootElement.GetProperty("until").GetString());
    }

    [Fact]
    public void Json_is_one_document_in_the_same_order_with_every_field()
    {
        var run = Reviews("--today", "2027-01-15", "--format", "json");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout); // nothing else on stdout
        var root = document.RootElement;
        Assert.Equal("2027-01-15", root.GetProperty("today").GetString());
        Assert.Equal(30, root.GetProperty("within").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(5, root.GetProperty("due").GetInt32());
        Assert.Equal(3, root.GetProperty("overdue").GetInt32());

        var experts = root.GetProperty("experts").EnumerateArray().ToList();
        Assert.Equal(["rachel-moss", "priya-nair", "tom-adeyemi"], experts.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("Dr Priya Nair", experts[1].GetProperty("name").GetString());
        Assert.Equal("2026-12-01", experts[1].GetProperty("soonest").GetString());
        var reviews = experts.SelectMany(e => e.GetProperty("reviews").EnumerateArray().Select(r => (Expert: e.GetProperty("id").GetString()!, Review: r))).ToList();
        Assert.Equal(DueOn15January, reviews.Select(r => (r.Expert, r.Review.GetProperty("slug").GetString()!, r.Review.GetProperty("due").GetString()!,
            r.Review.GetProperty("last_reviewed").GetString())));
        foreach (var (expert, review) in reviews)
        {
            var slug = review.GetProperty("slug").GetString()!;
            var never = review.GetProperty("last_reviewed").ValueKind == JsonValueKind.Null;
            Assert.Equal(never ? "author" : "reviewer", review.GetProperty("as").GetString());
            if (never) Assert.Equal(expert, review.GetProperty("author").GetString());
            Assert.Equal(LineOf(slug, !never), review.GetProperty("line").GetInt32());
            var due = DateOnly.Parse(review.GetProperty("due").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(due.DayNumber - new DateOnly(2027, 1, 15).DayNumber, review.GetProperty("days_left").GetInt32());
            Assert.Equal(due < new DateOnly(2027, 1, 15), review.GetProperty("overdue").GetBoolean());
            Assert.True(File.Exists(review.GetProperty("path").GetString()));
        }
        var knees = reviews.Single(r => r.Review.GetProperty("slug").GetString() == "sore-knees").Review;
        Assert.Equal(6, knees.GetProperty("interval_months").GetInt32());
        Assert.Equal("knee-pain", knees.GetProperty("interval_set").GetProperty("tag").GetString());
        Assert.EndsWith("tags.yml", knees.GetProperty("interval_set").GetProperty("path").GetString(), StringComparison.Ordinal);
        var rest = reviews.Single(r => r.Review.GetProperty("slug").GetString() == "rest-days").Review;
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("interval_set").GetProperty("tag").ValueKind);
        Assert.EndsWith("site.yml", rest.GetProperty("interval_set").GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^::warning file=(?<file>[^,]+),line=(?<line>\d+),col=(?<col>\d+),title=(?<title>[^:]+)::(?<data>.+)$")]
    private static partial Regex Annotation();

    [Fact]
    public void Github_annotates_each_answer_at_its_line_as_a_warning()
    {
        var run = Reviews("--today", "2027-01-15", "--format", "github");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        var annotations = run.StdoutLines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).Select(l => Annotation().Match(l)).ToList();
        Assert.All(annotations, a => Assert.True(a.Success));
        Assert.Equal(DueOn15January.Select(d => (d.Slug, LineOf(d.Slug, d.LastReviewed is not null))),
            annotations.Select(a => (Path.GetFileNameWithoutExtension(a.Groups["file"].Value), int.Parse(a.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture))));
        var rest = annotations.Single(a => a.Groups["file"].Value.EndsWith("rest-days.md", StringComparison.Ordinal));
        Assert.Equal("Review overdue since 2026-10-14", rest.Groups["title"].Value);
        Assert.Contains("Never reviewed: its author, Rachel Moss (rachel-moss), should find another expert to review it.", rest.Groups["data"].Value);
        var hills = annotations.Single(a => a.Groups["file"].Value.EndsWith("hill-repeats.md", StringComparison.Ordinal));
        Assert.Equal("Review due 2027-01-20", hills.Groups["title"].Value);
        Assert.StartsWith("Checked ", run.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Today_also_decides_what_check_warns_is_overdue()
    {
        var january = CliRun.Invoke("check", "--input", _site.Input, "--today", "2027-01-15");
        var september = CliRun.Invoke("check", "--input", _site.Input, "--today", "2026-09-01");

        var overdue = january.StdoutLines.Where(l => l.Contains("warning RQA039", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"([a-z0-9-]+)\.md:(\d+):").Groups).Select(g => (g[1].Value, int.Parse(g[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(DueOn15January.Where(d => string.CompareOrdinal(d.Due, "2027-01-15") < 0).Select(d => (d.Slug, LineOf(d.Slug, d.LastReviewed is not null))).OrderBy(d => d.Slug, StringComparer.Ordinal),
            overdue.OrderBy(d => d.Item1, StringComparer.Ordinal));
        Assert.Equal(ExitCode.Ok, january.ExitCode);
        Assert.DoesNotContain(september.StdoutLines, l => l.Contains("RQA039", StringComparison.Ordinal));
        Assert.Contains(Reviews("--today", "2026-09-01").StdoutLines, l => l.StartsWith("No review is due by 2026-10-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Today_counts_reviews_only_and_dates_in_the_future_are_still_judged_by_the_calendar()
    {
        // As of 2020 every answer here would be "in the future"; a page must never show a day its readers have not reached, and none is.
        var run = CliRun.Invoke("check", "--input", _site.Input, "--today", "2020-01-01");

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.DoesNotContain(run.StdoutLines, l => l.Contains("RQA014", StringComparison.Ordinal) || l.Contains("RQA039", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_errors_are_still_printed_and_fail_the_run_so_a_broken_input_is_not_read_as_nothing_due()
    {
        _site.Replace("answers/2026/hill-repeats.md", "expert: priya-nair", "expert: priya-nair\nreviewed_by: priya-nair\nreviewed: 2026-11-01");

        var text = Reviews("--today", "2027-01-15");
        var json = Reviews("--today", "2027-01-15", "--format", "json");

        Assert.Equal(ExitCode.ContentErrors, text.ExitCode);
        Assert.Contains(text.StdoutLines, l => l.Contains("hill-repeats.md:8:14: error RQA040", StringComparison.Ordinal));
        Assert.Contains(text.StdoutLines, l => l.Contains("gels-on-long-runs.md", StringComparison.Ordinal)); // the rest is still listed
        Assert.StartsWith("Checked " + _site.Input + ": 1 error;", text.StdoutLines[^1], StringComparison.Ordinal);
        Assert.Equal(ExitCode.ContentErrors, json.ExitCode);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(1, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal("RQA040", Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("--reviews", "--today", "15/01/2027")]
    [InlineData("--reviews", "--today", "2027-02-30")]
    [InlineData("--reviews", "--within", "-1")]
    [InlineData("--within", "10")]
    public void A_bad_day_or_span_is_a_usage_error(params string[] options)
    {
        var run = CliRun.Invoke(["check", "--input", _site.Input, .. options]);

        Assert.Equal(ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("error: --", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("hint: ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }
}
