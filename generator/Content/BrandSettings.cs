using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>
/// site.yml's <c>brand:</c>: a logo (a file name in input/theme/assets/), accent colours in hex and font lists, each null
/// when not set; with where each was written, for the diagnostics about them.
/// </summary>
public sealed record BrandSettings(Positioned<string>? Logo, Positioned<string>? Accent, Positioned<string>? AccentDark, string? Font, string? HeadingFont)
{
    public static BrandSettings None { get; } = new(null, null, null, null, null);
}
