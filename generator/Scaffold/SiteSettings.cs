namespace RunnersQA.Scaffold;

/// <summary>What <c>new site</c> was told (or chose by default), checked: the values the new site's files are made from.</summary>
/// <param name="Owner">The GitHub user or team CODEOWNERS names, with its '@'; null for a placeholder to replace.</param>
public sealed record SiteSettings(string Title, string Description, string Language, Uri BaseUrl, string? Owner, DateOnly Today)
{
    /// <summary>The starter content's language: German for a <c>de</c> site, English for every other.</summary>
    public string StarterLanguage =>
        Language.Equals("de", StringComparison.OrdinalIgnoreCase) || Language.StartsWith("de-", StringComparison.OrdinalIgnoreCase) ? "de" : "en";
}
