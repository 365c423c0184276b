namespace RunnersQA.Bench;

/// <summary>Summary figures over the samples of a run.</summary>
public static class Statistics
{
    /// <summary>The middle value (the lower of the two middle ones for an even count, so it is a real sample).</summary>
    public static T Median<T>(IEnumerable<T> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) throw new ArgumentException("no values", nameof(values));
        return sorted[(sorted.Count - 1) / 2];
    }
}
