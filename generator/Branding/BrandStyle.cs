using System.Globalization;
using System.Text;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Branding;

/// <summary>
/// site.yml's <c>brand:</c> as CSS that overrides the theme's design tokens, added after its stylesheet: the accent
/// for light and dark readers (each checked for WCAG AA contrast against the theme's backgrounds; a dark one made
/// from the light when site.yml gives none), the text colour on accent buttons, and the fonts.
/// </summary>
public static class BrandStyle
{
    /// <summary>WCAG 2 AA for text of normal size: links are text.</summary>
    public const double MinimumContrast = 4.5;

    /// <returns>The CSS, empty when site.yml brands nothing; every colour that fails contrast is reported.</returns>
    public static string Css(BrandSettings brand, ThemeTokens tokens, DiagnosticBag bag)
    {
        var light = Checked(brand.Accent, SiteFields.Accent, tokens.LightBackgrounds, "light", Colour.Black, bag);
        var dark = Checked(brand.AccentDark, SiteFields.AccentDark, tokens.DarkBackgrounds, "dark", Colour.White, bag)
            ?? (light is { } l ? Lightened(l, tokens.DarkBackgrounds) : null);

        var css = new StringBuilder();
        var root = new List<string>();
        if (light is { } a) root.AddRange(AccentTokens(a));
        if (brand.Font is { } font) root.Add($"--font:{font}");
        if (brand.HeadingFont is { } heading) root.Add($"--font-heading:{heading}");
        if (root.Count > 0) css.Append(":root{").AppendJoin(';', root).Append("}\n");
        if (dark is { } d) css.Append("@media (prefers-color-scheme: dark){:root{").AppendJoin(';', AccentTokens(d)).Append("}}\n");
        return css.Length == 0 ? "" : "/* site.yml brand: */\n" + css;
    }

    /// <summary>The accent (also the decorative stripes), its focus ring, and whichever of white and black reads better on it.</summary>
    private static IEnumerable<string> AccentTokens(Colour accent)
    {
        var ink = accent.ContrastWith(Colour.White) >= accent.ContrastWith(Colour.Black) ? Colour.White : Colour.Black;
        return [$"--accent:{accent.Hex}", $"--accent-ink:{ink.Hex}", $"--focus:{accent.Hex}", $"--brand:{accent.Hex}"];
    }

    /// <param name="towards">Where a suggestion moves the colour to pass: black on light backgrounds, white on dark.</param>
    private static Colour? Checked(Positioned<string>? text, Field field, IReadOnlyList<Colour> backgrounds, string scheme, Colour towards, DiagnosticBag bag)
    {
        if (text is not { } t || Colour.Parse(t.Value) is not { } colour) return null;
        var worst = backgrounds.MinBy(b => colour.ContrastWith(b));
        var ratio = colour.ContrastWith(worst);
        if (ratio >= MinimumContrast) return colour;
        var fix = Passing(colour, towards, backgrounds);
        bag.Error(t.Location, DiagnosticCode.LowContrast,
            $"the {scheme} accent {colour.Hex} has {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1 contrast with the theme's {scheme} background {worst.Hex}; links and buttons need {MinimumContrast.ToString(CultureInfo.InvariantCulture)}:1 (WCAG AA)",
            $"use a {(towards == Colour.Black ? "darker" : "lighter")} shade of it, such as `{field.Name}: \"{fix.Hex}\"`");
        return null;
    }

    private static Colour Lightened(Colour accent, IReadOnlyList<Colour> backgrounds) => Passing(accent, Colour.White, backgrounds);

    /// <summary>The colour moved the least way towards <paramref name="towards"/> that has the contrast on every background.</summary>
    private static Colour Passing(Colour colour, Colour towards, IReadOnlyList<Colour> backgrounds)
    {
        for (var step = 1; step <= 100; step++)
        {
            var candidate = colour.Towards(towards, step / 100.0);
            if (backgrounds.All(b => candidate.ContrastWith(b) >= MinimumContrast)) return candidate;
        }
        return towards;
    }
}
