using System.Globalization;

namespace RunnersQA.Tests.Support;

/// <summary>
/// The sample site with a crowd of short answers that use the same common words (sore, legs, running, downhill) in
/// their titles, so each common word's best postings are all the crowd's, and a few answers written for a query
/// class: common words together, a joined word, a synonym the answer never uses. Served and driven like
/// <see cref="BrowserSite"/>.
/// </summary>
public sealed class ReaderSearchSite : BrowserSite
{
    public const string CommonWords = "sore-legs-after-running-downhill";
    public const string Toenails = "toenails-turning-black";
    public const string DelayedSoreness = "stiff-two-days-after-a-race";

    /// <summary>Crowd answers per pair of common words in their titles.</summary>
    public const int CrowdPerPair = 60;

    private static readonly string[] Common = ["sore", "legs", "running", "downhill"];

    private protected override void Prepare(TempSite site)
    {
        var n = 0;
        for (var a = 0; a < Common.Length; a++)
        {
            for (var b = a + 1; b < Common.Length; b++)
            {
                for (var i = 0; i < CrowdPerPair; i++, n++)
                {
                    var (x, y) = (Common[a], Common[b]);
                    Write(site, $"crowd-{n:000}", 2020, n, $"{Cap(x)} and {y}, note {n}", $"A short note on {x} and {y}.",
                        $"{Cap(x)} {y}. {Cap(y)} {x}, {x} and {y} again.");
                }
            }
        }
        Write(site, CommonWords, 2024, 3, "Why are my legs so sore for days after running downhill?",
            "I ran a hilly half marathon with a long descent at the end. My quads and calves were sore for four days afterwards, far more than after a flat race.",
            """
            Running downhill makes your muscles work eccentrically: they lengthen while they brake you, and that is what leaves legs sore
            for a few days. It is normal after a first hilly race.

            ## How to get used to descents

            Add a short downhill section to one easy run a week and build it up over a month or two.
            """);
        Write(site, Toenails, 2024, 5, "Why are my toenails turning black?",
            "Two of my toenails have gone black since I started training for a marathon. Will they fall off?",
            """
            A black toenail is bruising under the nail, from the toe hitting the front of the shoe on long runs and descents.

            ## What to do about a black toenail

            Leave it alone unless it is painful; the toenail often falls off and grows back. Go up half a size in shoes.
            """);
        Write(site, DelayedSoreness, 2024, 7, "Why am I stiffest two days after a race?",
            "After my first marathon I felt fine the next morning, but two days later I could barely walk down the stairs.",
            """
            That is delayed onset muscle soreness. It peaks a day or two after unaccustomed effort and fades within a week.

            ## Easing it

            Walk, cycle gently and sleep well; hard training can wait until the soreness has gone.
            """);
    }

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static void Write(TempSite site, string slug, int year, int day, string title, string question, string body)
    {
        var date = new DateOnly(year, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        site.WriteInput($"answers/{year}/{slug}.md", $"""
            ---
            title: "{title}"
            date: {date}
            question: |
              {question}
            asker: {"{"} name: Sam, location: Leeds {"}"}
            expert: rachel-moss
            tags: [recovery]
            ---
            {body}
            """);
    }
}
