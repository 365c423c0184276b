namespace RunnersQA.Strings;

/// <summary>
/// Which CLDR plural category ("one", "few", "other", ...) a whole number takes in a language, so "1 answer" and
/// "2 answers" (or Polish's three forms) come from the strings file. The browser has the same rules in
/// <c>Intl.PluralRules</c>; this table covers the languages whose integer rules differ from "1 is one, else other".
/// </summary>
public static class PluralRule
{
    private static readonly string[] Order = ["zero", "one", "two", "few", "many", "other"];

    /// <summary>Every category, in CLDR's order.</summary>
    public static IReadOnlyList<string> Categories => Order;

    /// <summary>A category's place in CLDR's order, for writing forms in it.</summary>
    public static int Rank(string category) => Array.IndexOf(Order, category);

    public static string Category(string language, long n)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        var abs = Math.Abs(n);
        var (ten, hundred) = (abs % 10, abs % 100);
        var fewSlavic = ten is >= 2 and <= 4 && hundred is < 12 or > 14;
        return primary switch
        {
            "ja" or "zh" or "ko" or "vi" or "th" or "id" or "ms" or "lo" or "my" => "other",
            "fr" or "hy" or "kab" => abs is 0 or 1 ? "one" : "other",
            // Brazilian Portuguese (the default "pt") counts 0 with 1; European Portuguese does not.
            "pt" when !language.EndsWith("-PT", StringComparison.OrdinalIgnoreCase) => abs is 0 or 1 ? "one" : "other",
            "ru" or "uk" or "be" => ten == 1 && hundred != 11 ? "one" : fewSlavic ? "few" : "many",
            "pl" => abs == 1 ? "one" : fewSlavic ? "few" : "many",
            "cs" or "sk" => abs == 1 ? "one" : abs is >= 2 and <= 4 ? "few" : "other",
            "ar" => abs switch { 0 => "zero", 1 => "one", 2 => "two", _ when hundred is >= 3 and <= 10 => "few", _ when hundred >= 11 => "many", _ => "other" },
            _ => abs == 1 ? "one" : "other",
        };
    }
}
