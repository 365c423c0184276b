using System.Globalization;

namespace RunnersQA.Model;

/// <summary>A date as templates need it: machine-readable and in the site's language.</summary>
public sealed record DisplayDate(DateOnly Value, string Iso, string Text)
{
    /// <param name="format">A .NET date format of the theme's strings ("d MMMM yyyy"; "d. MMMM yyyy" in German).</param>
    public static DisplayDate From(DateOnly value, CultureInfo culture, string format) =>
        new(value, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value.ToString(format, culture));
}
