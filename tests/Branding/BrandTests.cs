using RunnersQA.Branding;
using RunnersQA.Diagnostics;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Branding;

/// <summary>
/// site.yml's <c>brand:</c> on real builds: the accent's tokens added after the theme's stylesheet (a dark one made
/// when none is given, both readable on the theme's backgrounds), the logo in the header and tab, custom.css last,
/// and each mistake a diagnostic at its line.
/// </summary>
public sealed class BrandTests
{
    private static readonly ThemeTokens DefaultTokens = ThemeTokens.Read(File.ReadAllText(Path.Combine(Repository.DefaultTheme, "assets", "site.css")));

    private static TempSite Branded(string brand)
    {
        var site = TempSite.FromSample();
        site.Replace("site.yml", "per_page: 5", "per_page: 5\nbrand: " + brand);
        return site;
    }

    [Fact]
    public void The_theme_declares_its_light_and_dark_backgrounds_as_tokens()
    {
        Assert.Contains(Colour.White, DefaultTokens.LightBackgrounds);
        Assert.Equal(2, DefaultTokens.LightBackgrounds.Count);
        Assert.Equal(2, DefaultTokens.DarkBackgrounds.Count);
        Assert.All(DefaultTokens.DarkBackgrounds, c => Assert.True(c.Luminance < 0.05, c.Hex));
    }

    [Fact]
    public void An_accent_becomes_tokens_after_the_stylesheet_with_a_dark_one_made_for_it()
    {
        using var site = Branded("{ accent: \"#0b6e4f\", font: \"Georgia, serif\" }");
        site.BuildClean();
        var css = site.Built.Text(site.Built.Asset("site.css"));
        var light = css.LastIndexOf("--accent:#0b6e4f", StringComparison.Ordinal);
        Assert.True(light > css.IndexOf("--accent:#0a5896", StringComparison.OrdinalIgnoreCase), "the brand comes after the theme's own tokens");
        Assert.Matches(@"--font:Georgia, ?serif", css);
        var dark = System.Text.RegularExpressions.Regex.Match(css[light..], @"prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{--accent:(#[0-9a-f]{6})");
        Assert.True(dark.Success, css[light..]);
        var made = Colour.Parse(dark.Groups[1].Value)!.Value;
        Assert.All(DefaultTokens.DarkBackgrounds, b => Assert.True(made.ContrastWith(b) >= BrandStyle.MinimumContrast, $"{made.Hex} on {b.Hex}"));
    }

    [Theory]
    [InlineData("{ accent: \"#f5a623\" }", "light", "#f5a623")]
    [InlineData("{ accent: \"#0b6e4f\", accent_dark: \"#1a3d8f\" }", "dark", "#1a3d8f")]
    public void An_accent_without_contrast_fails_with_a_shade_that_passes(string brand, string scheme, string colour)
    {
        using var site = Branded(brand);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.LowContrast);
        Assert.Equal(9, error.Location.Line);
        Assert.Contains($"the {scheme} accent {colour}", error.Message, StringComparison.Ordinal);
        var suggested = System.Text.RegularExpressions.Regex.Match(error.Hint, "\"(#[0-9a-f]{6})\"").Groups[1].Value;
        var backgrounds = scheme == "light" ? DefaultTokens.LightBackgrounds : DefaultTokens.DarkBackgrounds;
        Assert.All(backgrounds, b => Assert.True(Colour.Parse(suggested)!.Value.ContrastWith(b) >= BrandStyle.MinimumContrast));
    }

    [Fact]
    public void A_font_list_that_could_break_out_of_css_is_refused()
    {
        using var site = Branded("{ font: \"Georgia;}body{display:none\" }");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.InvalidValue && d.Location.Line == 9);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_logo_in_the_theme_assets_is_the_header_mark_and_the_tab_icon()
    {
        using var site = Branded("{ logo: swim.svg }");
        site.WriteInput("theme/assets/swim.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 32\"><circle cx=\"16\" cy=\"16\" r=\"12\"/></svg>");
        site.BuildClean();
        var home = site.Built.Page("index.html");
        Assert.Equal("/assets/swim.svg", home.QuerySelector(".site-header .brand img")!.GetAttribute("src"));
        Assert.Equal("/assets/swim.svg", home.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.True(site.Built.Exists("assets/swim.svg"));
    }

    [Fact]
    public void A_logo_that_is_missing_or_could_run_script_is_an_error_at_its_line()
    {
        using var missing = Branded("{ logo: swim.svg }");
        var error = Assert.Single(missing.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCode.MissingFile, 9), (error.Code, error.Location.Line));

        using var scripted = Branded("{ logo: swim.svg }");
        scripted.WriteInput("theme/assets/swim.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        error = Assert.Single(scripted.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCode.InvalidValue, 9), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Custom_css_comes_last_in_the_stylesheet_and_is_not_published_alone()
    {
        using var site = Branded("{ accent: \"#0b6e4f\" }");
        site.WriteInput("theme/assets/custom.css", ".lead { border-width: 7px; }\n");
        site.BuildClean();
        var css = site.Built.Text(site.Built.Asset("site.css"));
        Assert.True(css.LastIndexOf("border-width:7px", StringComparison.Ordinal) > css.LastIndexOf("--accent:#0b6e4f", StringComparison.Ordinal), css[^300..]);
        Assert.DoesNotContain(site.Built.Files, f => f.Contains("custom", StringComparison.Ordinal));
    }

    [Fact]
    public void Netlify_form_and_another_action_conflict_and_email_goes_with_either()
    {
        using var site = TempSite.FromSample();
        site.Replace("site.yml", "  email: questions@example.org", "  email: questions@example.org\n  action: https://forms.example.org/ask");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCode.ConflictingSettings, error.Code);
        // At the action: line, wherever the sample's site.yml puts its ask block.
        Assert.Equal(Array.FindIndex(site.ReadInput("site.yml").Split('\n'), l => l.StartsWith("  action:", StringComparison.Ordinal)) + 1, error.Location.Line);

        using var both = TempSite.FromSample();
        both.BuildClean();
        var ask = both.Built.Page("ask/index.html");
        Assert.NotNull(ask.QuerySelector("form[data-netlify=true]"));
        Assert.Equal("mailto:questions@example.org", ask.QuerySelector(".ask-email a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_audience_and_ask_intro_replace_the_theme_words()
    {
        using var site = TempSite.FromSample();
        site.BuildClean();
        var experts = site.Built.Page("experts/index.html");
        Assert.Equal("The coaches, physiotherapists, sport scientists and dietitians who answer your questions.", BuiltSite.TextOf(experts.QuerySelector(".lede")!));
        Assert.StartsWith("Tell us what is bothering you about your running.", BuiltSite.TextOf(site.Built.Page("ask/index.html").QuerySelector(".lede")!), StringComparison.Ordinal);
    }
}
