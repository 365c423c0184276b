using System.Text.RegularExpressions;

namespace RunnersQA.Validation;

/// <summary>
/// Finds what looks like a reader's contact details or address in a text: email addresses, phone numbers (international
/// and national forms), postcodes (UK, US, Canadian, Dutch, German, Irish), web addresses (also bare domains such as
/// example.com) and social media handles. It must not take a runner's numbers for them (paces, times, distances,
/// dates, heart rates, intervals, counts): each pattern asks for the shape that sets its kind apart, and a phone number
/// is a run of digits checked against the forms numbers are dialled in. tests/Content/PersonalDataRuleTests holds
/// the labelled cases it is measured on.
/// </summary>
public static partial class PersonalDataFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-])", Options)]
    private static partial Regex Email();

    /// <summary>An address written to dodge harvesters: "matt [at] example [dot] com", "matt at example dot com".</summary>
    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9][\w.+-]*\s?[\[({]at[\])}]\s?[\w-]+(?:\s?(?:[\[({]dot[\])}]|\.)\s?[\w-]+)+|(?<![\w.+-])[A-Za-z0-9][\w.+-]* at [\w-]+(?: dot [\w-]+)* dot (?:com|org|net|co|uk|ie|de|nl|ca|edu)(?![\w-])", Options | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledEmail();

    [GeneratedRegex(@"(?<![\w.-])(?:https?|ftp)://[^\s<>()\[\]""'`]+|(?<![\w.-])www\d?\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>()\[\]""'`]*)?", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    /// <summary>
    /// A bare domain, "strava.com/athletes/123": labels and then a top-level domain from a list, in lower case (so a
    /// missing space, "ran.It", is no domain), leaving out the ones that are English words ("it", "is", "at", "run").
    /// </summary>
    [GeneratedRegex(@"(?<![\w@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:com|org|net|edu|gov|io|co|uk|us|ca|de|nl|ie|fr|es|eu|au|nz|ch|se|dk|fi|pl|info|biz|ly|tv|app|dev|blog|shop|club|online|site|xyz|me|ee)(?![\w-])(?:/[^\s<>()\[\]""'`]*)?", Options)]
    private static partial Regex BareDomain();

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z_][A-Za-z0-9_]{1,29}(?:\.[A-Za-z0-9_]+)*(?![\w@])", Options)]
    private static partial Regex Handle();

    /// <summary>
    /// Digits with the separators numbers are written with (spaces, hyphens, dots, slashes, brackets), at least six,
    /// not glued to a word, a time ("3:59:59") or a decimal ("42.195"). <see cref="IsPhone"/> decides.
    /// </summary>
    [GeneratedRegex(@"(?<![\w+:.,/(-])[+(]{0,2}\d(?:[ ()./-]{0,2}\d){5,19}(?![\w:/])(?![.,]\d)", Options)]
    private static partial Regex DigitRun();

    /// <summary>A North American number: (416) 555-0199, 416-555-0199, 1-800-555-0199.</summary>
    [GeneratedRegex(@"^(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$", Options)]
    private static partial Regex NorthAmerican();

    /// <summary>A date inside a run of digits: 01/03/2026, 01.03.26.</summary>
    [GeneratedRegex(@"(?<!\d)\d{1,2}([./-])\d{1,2}\1\d{2,4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DateInside();

    /// <summary>"SW1A 1AA", in capitals as they are written: in lower case runners' shorthand has the shape ("z2 4hr").</summary>
    [GeneratedRegex(@"(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])", Options)]
    private static partial Regex UkPostcode();

    [GeneratedRegex(@"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])", Options | RegexOptions.IgnoreCase)]
    private static partial Regex CanadianPostcode();

    /// <summary>A ZIP code after a state's abbreviation ("NY 10001"), or a ZIP+4 anywhere: five digits alone are too often a count.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),? \d{5}(?:-\d{4})?(?![\w-])|(?<![\w.,:/-])\d{5}-\d{4}(?![\w-])", Options)]
    private static partial Regex UsZip();

    /// <summary>"1011 AB": in capitals (as written there), and not one of the abbreviations runners put after a number.</summary>
    [GeneratedRegex(@"(?<![\w.,:/-])[1-9]\d{3} ?(?!SA|SD|SS|PB|PR|SB|HR|UK|US|GB|EU|NY|LA|AM|PM|KM|MI|XC|MP|HM|FM|TT|RM|OK|TV|GP|AD|BC|CE)[A-Z]{2}(?![\w-])", Options)]
    private static partial Regex DutchPostcode();

    /// <summary>"10115 Berlin", "D-10115": five digits then a place's name, not a unit or a count's noun.</summary>
    [GeneratedRegex(@"(?<![\w.,:/-])(?:D-\d{5}(?![\w-])|\d{5} (?!(?:Steps|Metres|Meters|Miles|Kilometres|Kilometers|Calories|Feet|Strides|Runners|People|Finishers|Words)\b)\p{Lu}\p{Ll}{2,})", Options)]
    private static partial Regex GermanPostcode();

    /// <summary>An Eircode, "D02 X285": a routing key and four characters with at least one letter and one digit among them.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])(?=[AC-FHKNPRTV-Y]{0,3}\d)[0-9AC-FHKNPRTV-Y]{4}(?![\w-])", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Eircode();

    private static readonly (PersonalDataKind Kind, Regex Pattern)[] Patterns =
    [
        (PersonalDataKind.Email, Email()), (PersonalDataKind.Email, SpelledEmail()),
        (PersonalDataKind.WebAddress, Url()), (PersonalDataKind.WebAddress, BareDomain()), (PersonalDataKind.Handle, Handle()),
        (PersonalDataKind.Postcode, UkPostcode()), (PersonalDataKind.Postcode, CanadianPostcode()), (PersonalDataKind.Postcode, UsZip()),
        (PersonalDataKind.Postcode, DutchPostcode()), (PersonalDataKind.Postcode, GermanPostcode()), (PersonalDataKind.Postcode, Eircode()),
    ];

    /// <summary>Everything in the text that looks like personal data, in the order it stands; where two overlap, the one that starts first (or is longer) is kept.</summary>
    public static IReadOnlyList<PersonalDataMatch> Find(string text)
    {
        var found = new List<PersonalDataMatch>();
        foreach (var (kind, pattern) in Patterns)
        {
            foreach (Match m in pattern.Matches(text)) found.Add(new(kind, m.Index, TrimEnd(m.Value)));
        }
        foreach (Match m in DigitRun().Matches(text))
        {
            if (IsPhone(m.Value)) found.Add(new(PersonalDataKind.Phone, m.Index, m.Value));
        }
        var kept = new List<PersonalDataMatch>();
        var end = 0;
        foreach (var match in found.OrderBy(f => f.Index).ThenByDescending(f => f.Text.Length))
        {
            if (match.Index < end) continue;
            kept.Add(match);
            end = match.Index + match.Text.Length;
        }
        return kept;
    }

    /// <summary>
    /// Whether a run of digits is dialled like a phone number: international (+ or 00, then 8 to 15 digits), national
    /// (a trunk 0 and an area code of two or more digits, 9 to 12 digits in all, not a date), or North American.
    /// </summary>
    public static bool IsPhone(string run)
    {
        var digits = run.Count(char.IsAsciiDigit);
        if (run.StartsWith('+') || run.StartsWith("(+", StringComparison.Ordinal))
            return digits is >= 8 and <= 15 && run.First(char.IsAsciiDigit) != '0';
        if (run.StartsWith("00", StringComparison.Ordinal))
            return digits - 2 is >= 8 and <= 15 && run[2] is >= '1' and <= '9';
        var national = run.TrimStart('(');
        if (national.StartsWith('0'))
        {
            var areaCode = national.TakeWhile(char.IsAsciiDigit).Count();
            return areaCode >= 2 && digits is >= 9 and <= 12 && !DateInside().IsMatch(run);
        }
        return NorthAmerican().IsMatch(run);
    }

    /// <summary>A sentence's full stop or comma after an address is not part of it.</summary>
    private static string TrimEnd(string value) => value.TrimEnd('.', ',', ';', ':', '!', '?');
}
