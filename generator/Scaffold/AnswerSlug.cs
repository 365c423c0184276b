using RunnersQA.Content;

namespace RunnersQA.Scaffold;

/// <summary>A new answer's slug (its file name and URL), made from its title.</summary>
public static class AnswerSlug
{
    public const int MaxLength = 80;

    /// <summary><see cref="Slug.From"/>, cut at the last hyphen that keeps it within <see cref="MaxLength"/>, so no word is split.</summary>
    public static string FromTitle(string title)
    {
        var slug = Slug.From(title);
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
