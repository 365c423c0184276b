namespace RunnersQA.Model;

/// <summary>A mistake put right after publication.</summary>
public sealed record Correction(DisplayDate Date, string Text)
{
    /// <summary>
    /// The id of its place on the answer's page ("correction-2026-03-03"; a second one that day "correction-2026-03-03-2"),
    /// from its date rather than its position, so a link to it still holds when later corrections are added.
    /// </summary>
    public string Anchor { get; init; } = "";

    /// <summary>The corrections oldest first (those of one day in the order written), each with its <see cref="Anchor"/>.</summary>
    public static ValueList<Correction> InOrder(IEnumerable<Correction> corrections)
    {
        var sameDay = new Dictionary<DateOnly, int>();
        return corrections.OrderBy(c => c.Date.Value).Select(c =>
        {
            var n = sameDay[c.Date.Value] = sameDay.GetValueOrDefault(c.Date.Value) + 1;
            return c with { Anchor = "correction-" + c.Date.Iso + (n > 1 ? "-" + n : "") };
        }).ToValueList();
    }
}
