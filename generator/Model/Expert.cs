using System.Globalization;
using System.Text;
using RunnersQA.Content;
using RunnersQA.Templates;

namespace RunnersQA.Model;

/// <summary>An expert as the site shows them.</summary>
public sealed record Expert(
    string Id,
    string Name,
    string Role,
    ValueList<string> Credentials,
    string? PhotoUrl,
    HtmlString BioHtml,
    string ShortBio,
    ValueList<ExpertLink> Links,
    string Url,
    Uri CanonicalUrl,
    int AnswerCount)
{
    /// <summary>Where its file is inside the input folder, '/'-separated: "experts/x.md".</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Interests readers should know of (sponsorships, paid work): on their page and under each of their bylines.</summary>
    public ValueList<string> Disclosures { get; init; } = [];

    /// <summary>Their entry on a professional register, if they gave one.</summary>
    public ExpertRegistration? Registration { get; init; }

    /// <summary>How many published answers they reviewed.</summary>
    public int ReviewCount { get; init; }

    /// <summary>How many avatar tones a theme draws: <see cref="AvatarTone"/> is below it.</summary>
    public const int AvatarTones = 6;

    /// <summary>What an avatar shows when there is no photo: see <see cref="InitialsOf"/>.</summary>
    public string Initials { get; init; } = "";

    /// <summary>
    /// The tone (0 to <see cref="AvatarTones"/> - 1) of the initials avatar, from the id, so an expert keeps theirs
    /// from build to build (string.GetHashCode changes with every process) and neighbours mostly differ.
    /// </summary>
    public int AvatarTone => (int)(Fnv1a(Id) % AvatarTones);

    /// <summary>
    /// The first letter of the name's first and last words, upper-cased in the site's culture ("Rachel Moss" is
    /// "RM", "Priya" is "P"). A letter is a whole text element, so an accent or a surrogate pair stays with its
    /// letter; leading punctuation ("(Tom)") is skipped.
    /// </summary>
    public static string InitialsOf(string name, CultureInfo culture)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(FirstLetter).Where(l => l.Length > 0).ToArray();
        var initials = words.Length switch
        {
            0 => "",
            1 => words[0],
            _ => words[0] + words[^1],
        };
        return culture.TextInfo.ToUpper(initials);
    }

    private static string FirstLetter(string word)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (char.IsLetterOrDigit(element, 0)) return element;
        }
        return "";
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
