using RunnersQA.Artifacts;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Templates;

namespace RunnersQA.Branding;

/// <summary>
/// What site.yml's <c>brand:</c> makes of the theme, checked before anything is drawn (so <c>check</c> reports it too):
/// the CSS added after the theme's stylesheet, and the logo's name under assets/ (null for the theme's mark).
/// </summary>
public sealed record SiteBrand(string Css, string? Logo)
{
    public static SiteBrand Make(BrandSettings brand, ThemeFiles theme, InputFolder input, DiagnosticBag bag)
    {
        // The accent is checked against the backgrounds the stylesheet the site will publish declares.
        var stylesheet = theme.FileAt("assets", ThemeAssets.Stylesheet) is { } css ? theme.ReadText(css, bag) : null;
        return new SiteBrand(BrandStyle.Css(brand, ThemeTokens.Read(stylesheet), bag), BrandLogo.Find(brand, theme, input, bag));
    }
}
