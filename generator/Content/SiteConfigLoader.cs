using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>Reads <c>site.yml</c>; a bad value is reported and replaced by a default so loading can go on.</summary>
public static class SiteConfigLoader
{
    public static SiteConfig Load(InputFolder input, FileListing files, Uri? baseUrlOverride, DiagnosticBag bag)
    {
        var path = input.Display(input.SiteConfigPath);
        YamlMap? map = null;
        if (files.Contains(input.SiteConfigPath))
        {
            if (files.ReadText(input.SiteConfigPath, bag) is { } text) map = YamlMap.Parse(text, path, 1, bag);
        }
        else
            bag.Error(SourceLocation.StartOf(path), DiagnosticCode.MissingFile, "the site has no site.yml",
                "create input/site.yml with at least `title:`, `description:` and `base_url:`");

        var title = map?.String("title", map is not null, "title: Runners' Q&A")?.Value ?? "Untitled site";
        var description = map?.String("description", map is not null, "description: Questions from runners, answered by experts.")?.Value ?? "";
        var language = map?.String("language", false, "language: en-GB")?.Value ?? "en";
        var disclaimer = map?.String("disclaimer", false, "disclaimer: General advice, not a diagnosis.")?.Value ?? "";
        var theme = map?.String("theme", false, "theme: default");
        if (theme is { } t && !Slug.IsValid(t.Value))
            // A path here would let a change to site.yml read templates from anywhere on the build machine.
            bag.Error(t.Location, DiagnosticCode.InvalidValue, $"`theme` must be the name of a folder under themes/, not '{t.Value}'",
                "write a name such as `theme: default`; a theme elsewhere is chosen with `build --theme <path>`, not in site.yml");

        var perPage = map?.Int("per_page", false, "per_page: 20");
        if (perPage is { Value: < 1 } bad)
            bag.Error(bad.Location, DiagnosticCode.InvalidValue, "`per_page` must be at least 1", "for example `per_page: 20`");

        var baseUrl = baseUrlOverride is not null && TryParseBaseUrl(baseUrlOverride.OriginalString, out var given) ? given : ReadBaseUrl(map, path, bag);

        var ask = map?.Map("ask", "ask: { netlify_form: true, email: questions@example.org }");
        var askSettings = new AskSettings(
            ask?.Bool("netlify_form", false) ?? false,
            ask?.String("email", false, "email: questions@example.org")?.Value,
            ask?.String("action", false, "action: https://forms.example.org/ask")?.Value);

        return new SiteConfig(title, description, baseUrl, language, disclaimer, perPage is { Value: > 0 } p ? p.Value : 20,
            theme is { } named && Slug.IsValid(named.Value) ? named.Value : "default", askSettings);
    }

    private static Uri ReadBaseUrl(YamlMap? map, string path, DiagnosticBag bag)
    {
        var fallback = new Uri("http://localhost/");
        var text = map?.String("base_url", map is not null, "base_url: https://runners-qa.example.org/");
        if (text is not { } t) return fallback;
        if (TryParseBaseUrl(t.Value, out var uri)) return uri;
        bag.Error(t.Location, DiagnosticCode.InvalidValue, $"`base_url` must be an absolute http or https URL, not '{t.Value}'",
            "for example `base_url: https://runners-qa.example.org/`");
        return fallback;
    }

    /// <summary>Absolute http(s) URL, normalised to end with a slash so paths join onto it.</summary>
    public static bool TryParseBaseUrl(string text, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            return false;
        if (!string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment)) return false;
        uri = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed.GetLeftPart(UriPartial.Path) + "/");
        return true;
    }
}
