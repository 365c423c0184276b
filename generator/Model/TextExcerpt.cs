namespace RunnersQA.Model;

/// <summary>Shortens plain text at a word boundary, for excerpts and meta descriptions.</summary>
public static class TextExcerpt
{
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2) cut = maxLength - 1;
        return text[..cut].TrimEnd(',', ';', ':', '.', ' ', '-') + "…";
    }
}
