using System.Globalization;

namespace RunnersQA.Model;

/// <summary>A date as templates need it: machine-readable and in the site's language.</summary>
public sealed record DisplayDate(DateOnly Value, string Iso, string Text)
{
    public static DisplayDate From(DateOnly value, CultureInfo culture) =>
        new(value, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value.ToString("d MMMM yyyy", culture));
}
