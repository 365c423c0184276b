using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>The site-wide settings from <c>site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    string Disclaimer,
    int PerPage,
    string Theme,
    AskSettings Ask)
{
    /// <summary>
    /// The taxonomies site.yml declares under <c>taxonomies:</c>, in its order (tags' settings among them when it
    /// sets any); <see cref="TaxonomyLoader.Complete"/> puts tags first and gives each its terms.
    /// </summary>
    public IReadOnlyList<TaxonomyDefinition> Taxonomies { get; init; } = [];

    /// <summary>Where the input folder is kept, for edit links; none when site.yml sets no <c>repository:</c>.</summary>
    public SourceRepository? Repository { get; init; }

    /// <summary>The content editor at /admin/; none when site.yml sets no <c>cms:</c>.</summary>
    public CmsSettings? Cms { get; init; }

    /// <summary>The home page's heading, or null for the description.</summary>
    public string? Tagline { get; init; }

    /// <summary>Who answers ("coaches and physiotherapists"), or null for the theme's word for experts.</summary>
    public string? Audience { get; init; }

    public BrandSettings Brand { get; init; } = BrandSettings.None;

    /// <summary>How often answers are due for review (tags may set their own); null when reviews are never due.</summary>
    public Positioned<ReviewInterval>? ReviewEvery { get; init; }

    /// <summary>True when an asker may be shown by full name (<c>asker_names: full</c>); by default only a first name.</summary>
    public bool FullAskerNames { get; init; }

    /// <summary>Where site.yml sets <c>language:</c> (its start when it does not), for diagnostics about the language.</summary>
    public RunnersQA.Diagnostics.SourceLocation? LanguageAt { get; init; }

    /// <summary>The URL path the site lives under: "/" or, for https://example.org/qa/, "/qa/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>What a build goes on with when site.yml could not be read at all (already reported).</summary>
    public static SiteConfig Fallback { get; } =
        new("Untitled site", "", new Uri("http://localhost/"), SiteFields.Language.Default!, SiteFields.Disclaimer.Default!, SiteFields.PerPageDefault,
            SiteFields.Theme.Default!, new AskSettings(false, null, null));
}
