using System.CommandLine;
using System.Globalization;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Validation;

namespace RunnersQA.Cli;

/// <summary><c>generator check</c>: every problem in input/, without writing anything; with <c>--reviews</c>, what is due for review.</summary>
internal static class CheckCommand
{
    /// <summary>How far ahead <c>--reviews</c> looks when <c>--within</c> is not given.</summary>
    public const int DefaultWithin = 30;

    /// <summary>The most days <c>--within</c> takes: a century is further ahead than anyone plans.</summary>
    private const int MostWithin = 36500;

    public static Command Create(TextWriter stdout, Invocation invocation)
    {
        var input = CommonOptions.Input();
        var format = new Option<DiagnosticStyle>("--format")
        {
            Description = "text (default), github (workflow commands that annotate a pull request) or json",
            DefaultValueFactory = _ => DiagnosticStyle.Text,
        };
        var reviews = new Option<bool>("--reviews")
        {
            Description = "List the answers whose review is overdue or due within --within days, by expert, soonest first",
        };
        var within = new Option<int?>("--within")
        {
            Description = $"With --reviews: list reviews due within this many days from today (default {DefaultWithin})",
        };
        var today = new Option<string?>("--today")
        {
            Description = "Count reviews as of this day, YYYY-MM-DD, for overdue reviews and --reviews: to plan ahead (default: today)",
        };
        var command = new Command("check", "Check the input folder and report every problem, writing nothing") { input, format, reviews, within, today };
        command.SetAction(parsed =>
        {
            var (clock, days) = Validate(parsed.GetValue(today), parsed.GetValue(within), parsed.GetValue(reviews), invocation);
            var result = SiteBuild.Check(new BuildOptions(Input: parsed.GetValue(input)!) { Invocation = invocation, ReviewClock = clock });
            var style = parsed.GetValue(format);
            if (parsed.GetValue(reviews))
                new ReviewsReport(result, ReviewSchedule.Today(clock), days).Write(stdout, style, parsed.GetValue(input)!, parsed.GetValue(CommonOptions.Verbose));
            else if (style == DiagnosticStyle.Json)
            {
                // Nothing but the document on stdout, so tools can parse it whole.
                using var buffer = new MemoryStream();
                DiagnosticJson.Write(result.Diagnostics, buffer);
                stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                DiagnosticPrinter.Print(result.Diagnostics, stdout, style, parsed.GetValue(CommonOptions.Verbose));
                stdout.WriteLine($"Checked {parsed.GetValue(input)}: {DiagnosticPrinter.Count(result.Diagnostics)}.");
            }
            return result.Succeeded ? ExitCode.Ok : ExitCode.ContentErrors;
        });
        return command;
    }

    /// <summary>The clock and the days ahead the options ask for; every problem with them at once, as a usage error.</summary>
    private static (TimeProvider Clock, int Within) Validate(string? today, int? within, bool reviews, Invocation invocation)
    {
        var problems = new List<(string, string?)>();
        TimeProvider clock = TimeProvider.System;
        if (today is not null)
        {
            if (DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) clock = new FixedDay(day);
            else problems.Add(($"--today must be a date written YYYY-MM-DD, not '{today}'", "for example --today 2027-01-15"));
        }
        if (within is not null && !reviews)
            problems.Add(("--within goes with --reviews: it says how far ahead to list reviews", $"run `{invocation.For("check --reviews --within 60")}`"));
        if (within is < 0 or > MostWithin)
            problems.Add(($"--within must be a number of days from 0 to {MostWithin}, not {within}", $"for example --within {DefaultWithin}"));
        if (problems.Count > 0) throw new UsageException(problems);
        return (clock, within ?? DefaultWithin);
    }
}
