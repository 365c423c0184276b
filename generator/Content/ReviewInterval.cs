using System.Globalization;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>How often an answer is due for review, in whole months: <c>review_every: 12 months</c>.</summary>
public readonly record struct ReviewInterval(int Months)
{
    /// <summary>The interval a text gives, as <see cref="TextPattern.Interval"/> allows it; null for any other text.</summary>
    public static ReviewInterval? Parse(string text)
    {
        if (!TextPattern.Interval.Matches(text)) return null;
        var parts = text.Split(' ');
        var count = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return new(parts[1].StartsWith("year", StringComparison.Ordinal) ? count * 12 : count);
    }

    /// <summary>A <c>review_every:</c> value read, or reported (with an example) and left out when it is not an interval.</summary>
    public static Positioned<ReviewInterval>? Read(Positioned<string>? text, Field field, DiagnosticBag bag)
    {
        if (text is not { } t) return null;
        if (Parse(t.Value.Trim()) is { } interval) return new(interval, t.Location);
        bag.Error(t.Location, DiagnosticCode.InvalidValue, $"`{field.Name}` must be {field.Pattern!.Meaning}, not '{t.Value}'",
            $"for example `{field.Example}`");
        return null;
    }

    /// <summary>The day a review made on <paramref name="from"/> is due again.</summary>
    public DateOnly After(DateOnly from) => from.AddMonths(Months);

    public override string ToString() => Months % 12 == 0
        ? $"{Months / 12} year{(Months == 12 ? "" : "s")}"
        : $"{Months} month{(Months == 1 ? "" : "s")}";
}
