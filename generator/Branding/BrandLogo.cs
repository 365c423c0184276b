using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Templates;

namespace RunnersQA.Branding;

/// <summary>
/// The logo site.yml names: a file of input/theme/assets/, published with the theme's assets. A name with no such
/// file, or a file that is not an image (or an SVG that could run script), is reported.
/// </summary>
public static class BrandLogo
{
    /// <returns>The logo's name under assets/, or null when site.yml names none or it cannot be published.</returns>
    public static string? Find(BrandSettings brand, ThemeFiles theme, InputFolder input, DiagnosticBag bag)
    {
        if (brand.Logo is not { } logo) return null;
        var file = theme.FileAt("assets", logo.Value);
        if (file is null || !theme.IsOverride(file))
        {
            bag.Error(logo.Location, DiagnosticCode.MissingFile, $"the logo '{logo.Value}' is not in input/theme/assets/",
                $"put the image at {input.Display(Path.Combine(theme.OverrideRoot, "assets", logo.Value))}, or correct `{SiteFields.Logo.Name}:` to its file name");
            return null;
        }
        if (theme.ReadBytes(file, bag) is not { } bytes) return null; // reported
        if (PhotoFormat.Problem(file, bytes) is { } problem)
        {
            bag.Error(logo.Location, DiagnosticCode.InvalidValue, $"the logo '{logo.Value}' cannot be published: {problem}",
                "use a PNG, JPEG, WebP, AVIF or GIF image, or an SVG without script, styles or embedded images");
            return null;
        }
        return logo.Value;
    }
}
