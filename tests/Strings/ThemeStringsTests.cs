using System.Collections.Frozen;
using RunnersQA.Strings;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Strings;

/// <summary>
/// The theme's words on real builds: the sample in German, a site's override of single keys, and what check says
/// about strings that do not fit. Plural forms follow CLDR (the same categories search.js gets from Intl.PluralRules).
/// </summary>
public sealed class ThemeStringsTests
{
    [Theory]
    [InlineData("en", 1, "one")]
    [InlineData("en", 0, "other")]
    [InlineData("de", 2, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("pt-PT", 0, "other")]
    [InlineData("pl", 3, "few")]
    [InlineData("pl", 5, "many")]
    [InlineData("pl", 22, "few")]
    [InlineData("pl", 12, "many")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 11, "many")]
    [InlineData("cs", 4, "few")]
    [InlineData("ja", 1, "other")]
    [InlineData("ar", 2, "two")]
    public void Plural_categories_follow_cldr(string language, long n, string category) => Assert.Equal(category, PluralRule.Category(language, n));

    [Fact]
    public void The_sample_in_German_is_German_throughout_with_its_dates_and_plurals()
    {
        using var site = TempSite.FromSample();
        site.Replace("site.yml", "language: en-GB", "language: de");
        var result = site.BuildClean();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == RunnersQA.Diagnostics.DiagnosticCode.MissingString);

        var home = site.Built.Page("index.html");
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Antworten", "Themen", "Fachleute", "Frage stellen"],
            home.QuerySelectorAll(".site-nav a").Select(a => BuiltSite.TextOf(a)).ToArray());
        Assert.Equal("Zum Inhalt springen", BuiltSite.TextOf(home.QuerySelector(".skip-link")!));
        var date = BuiltSite.TextOf(home.QuerySelector(".lead time")!);
        Assert.Matches(@"^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$", date);

        // One answer, then many, in the tags index: the plural forms of count.answers.
        var counts = site.Built.Page("tags/index.html").QuerySelectorAll(".tag-index .count").Select(c => BuiltSite.TextOf(c)).ToList();
        Assert.Contains(counts, c => c == "1 Antwort");
        Assert.Contains(counts, c => c.EndsWith(" Antworten", StringComparison.Ordinal) && !c.StartsWith("1 ", StringComparison.Ordinal));

        var search = site.Built.Page("search/index.html");
        Assert.StartsWith("Suche | ", search.Title, StringComparison.Ordinal);
        Assert.Contains("Antworten unserer coaches", BuiltSite.Meta(search, "meta[name=description]"), StringComparison.Ordinal);
        var words = System.Text.Json.JsonDocument.Parse(search.GetElementById("theme-strings")!.TextContent).RootElement;
        Assert.Equal("{count} Antwort", words.GetProperty("count").GetProperty("one").GetString());
        Assert.Equal("Beste Treffer", BuiltSite.TextOf(search.QuerySelector("#search-sort option")!));
    }

    [Fact]
    public void A_site_overrides_single_words_and_keeps_the_rest()
    {
        using var site = TempSite.FromSample();
        site.WriteInput("theme/i18n/en.yml", "nav:\n  ask: Send us a question\ncount:\n  answers:\n    one: \"{count} reply\"\n    other: \"{count} replies\"\n");
        site.BuildClean();
        var home = site.Built.Page("index.html");
        Assert.Contains("Send us a question", home.QuerySelectorAll(".footer-links a").Select(a => BuiltSite.TextOf(a)));
        Assert.Equal("Tags", BuiltSite.TextOf(home.QuerySelectorAll(".site-nav a")[1]));
        Assert.Contains(site.Built.Page("experts/index.html").QuerySelectorAll(".count-line").Select(c => BuiltSite.TextOf(c)),
            c => c.EndsWith(" replies", StringComparison.Ordinal) || c == "1 reply");
    }

    [Fact]
    public void A_translation_that_lacks_keys_is_reported_and_falls_back_to_English()
    {
        using var site = TempSite.FromSample();
        site.Replace("site.yml", "language: en-GB", "language: nl");
        site.WriteInput("theme/i18n/nl.yml", "nav:\n  answers: Antwoorden\n");
        var result = site.BuildClean();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == RunnersQA.Diagnostics.DiagnosticCode.MissingString);
        Assert.EndsWith("theme/i18n/nl.yml", warning.Location.Path, StringComparison.Ordinal);
        Assert.Contains("lack", warning.Message, StringComparison.Ordinal);
        var nav = site.Built.Page("index.html").QuerySelectorAll(".site-nav a").Select(a => BuiltSite.TextOf(a)).ToArray();
        Assert.Equal("Antwoorden", nav[0]);
        Assert.Equal("Tags", nav[1]);
    }

    [Fact]
    public void Placeholders_fill_from_values_and_lower_case_on_request()
    {
        var strings = new ThemeStrings("de", new Dictionary<string, ThemeString>
        {
            ["a"] = ThemeString.Plain("Alle {name} und {name:lower}, {missing}"),
            ["n"] = new(new Dictionary<string, string> { ["one"] = "{count} Antwort", ["other"] = "{count} Antworten" }.ToFrozenDictionary()),
        });
        Assert.Equal("Alle Themen und themen, {missing}", strings.Text("a", ("name", "Themen")));
        Assert.Equal("1 Antwort", strings.Count("n", 1));
        Assert.Equal("1.234 Antworten", strings.Count("n", 1234));
    }
}
