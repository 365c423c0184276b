using System.Text.RegularExpressions;

namespace RunnersQA.Branding;

/// <summary>
/// The backgrounds the theme's stylesheet declares as design tokens (<c>--paper</c>, <c>--panel</c> in its first
/// <c>:root</c> block, and in the <c>:root</c> of its <c>prefers-color-scheme: dark</c> block): what an accent colour
/// from site.yml must stand out against. Read from the stylesheet itself, so a theme's own colours are the truth.
/// </summary>
public sealed partial record ThemeTokens(IReadOnlyList<Colour> LightBackgrounds, IReadOnlyList<Colour> DarkBackgrounds)
{
    private static readonly string[] Backgrounds = ["--paper", "--panel"];

    /// <summary>What is assumed of a stylesheet that declares no background tokens: white, and the default theme's dark.</summary>
    public static ThemeTokens Plain { get; } = new([Colour.White], [new Colour(0x12, 0x14, 0x17)]);

    public static ThemeTokens Read(string? stylesheet)
    {
        if (stylesheet is null) return Plain;
        var light = LightRoot().Match(stylesheet);
        var dark = DarkRoot().Match(stylesheet);
        var lightColours = light.Success ? Colours(light.Groups["body"].Value) : [];
        var darkColours = dark.Success ? Colours(dark.Groups["body"].Value) : [];
        return new ThemeTokens(lightColours.Count > 0 ? lightColours : Plain.LightBackgrounds, darkColours.Count > 0 ? darkColours : Plain.DarkBackgrounds);
    }

    private static List<Colour> Colours(string block) =>
        [.. Backgrounds.Select(name => Regex.Match(block, Regex.Escape(name) + @"\s*:\s*(#[0-9A-Fa-f]{3,6})\s*[;}]"))
            .Where(m => m.Success).Select(m => Colour.Parse(m.Groups[1].Value)).OfType<Colour>()];

    [GeneratedRegex(@"^\s*:root\s*\{(?<body>[^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex LightRoot();

    [GeneratedRegex(@"@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{\s*:root\s*\{(?<body>[^}]*)\}")]
    private static partial Regex DarkRoot();
}
