using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RunnersQA.Cli;
using RunnersQA.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Tests.Strings;

/// <summary>
/// Every shipped language, built as an owner would start it (<c>new site --language xx</c>): no interface word of
/// another shipped language appears on any page, in any attribute a reader or screen reader meets, or in the words
/// search.js shows. The words are the theme's own strings files, so a word added to a template but not to a
/// translation, or written into a template in English, is caught.
/// </summary>
public sealed partial class LanguageLeakTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Root => _temp.Root;

    public void Dispose() => _temp.Dispose();

    public static IEnumerable<string> Shipped() =>
        Directory.EnumerateFiles(Path.Combine(Repository.DefaultTheme, "i18n"), "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order();

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        var languages = Shipped().ToList();
        foreach (var built in languages)
            foreach (var other in languages.Where(l => l != built)) data.Add(built, other);
        return data;
    }

    [Fact]
    public void The_theme_ships_English_and_at_least_one_more_language() =>
        Assert.True(Shipped().Count() >= 2 && Shipped().Contains("en"), string.Join(", ", Shipped()));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_new_site_shows_no_word_of_another_language(string language, string other)
    {
        var folder = Path.Combine(Root, "column");
        var created = CliRun.Invoke("new", "site", folder, "--title", "Clinic Column", "--language", language);
        Assert.True(created.ExitCode == ExitCode.Ok, created.Stdout + created.Stderr);
        var output = Path.Combine(Root, "out");
        var build = CliRun.Invoke("build", "--input", Path.Combine(folder, "input"), "--output", output, "--theme", Repository.DefaultTheme);
        Assert.True(build.ExitCode == ExitCode.Ok, build.Stdout + build.Stderr);
        Assert.DoesNotContain("RQA036", build.Stdout + build.Stderr);

        AssertNoLeaks(new BuiltSite(output), language, other);
    }

    /// <summary>
    /// The trust fixture (reviews, disclosures, a registration, sources, corrections, see-a-clinician notes) in each
    /// shipped language: the words those bring, which a new site's starter content does not show, are translated too.
    /// Its content is English: what a page shows of it is left out, so only the theme's words are judged.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pairs))]
    public void Reviews_sources_corrections_and_notes_show_no_word_of_another_language(string language, string other)
    {
        using var site = TempSite.FromFixture("trust");
        site.Replace("site.yml", "language: en-GB", $"language: {language}");
        site.BuildClean();
        var content = site.Content;
        var written = new List<string> { content.Site.Title, content.Site.Description, content.Site.Disclaimer };
        foreach (var a in content.Answers)
        {
            var trust = TrustFacts.Of(a);
            written.AddRange([a.Title, a.Question, a.Body, a.AskerName ?? "", a.AskerLocation ?? "", .. trust.Corrections.Select(c => c.Text), .. trust.Sources.Select(x => x.Title)]);
        }
        foreach (var e in content.Experts)
            written.AddRange([e.Name, e.Role, e.Bio, .. e.Credentials, .. TrustFacts.DisclosuresOf(site.Input, e.Id), .. TrustFacts.RegistrationOf(site.Input, e.Id) is { } r ? new[] { r.Body, r.Number } : []]);
        foreach (var t in content.Tags) written.AddRange([t.Name, t.Description]);
        written.AddRange(TrustFacts.ClinicianNotes(site.Input).Values);
        AssertNoLeaks(site.Built, language, other, [.. written.Where(w => w.Length > 0).Select(Collapse)]);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <param name="written">The content's own texts: a text or attribute of the page that is one of them, or part of one, is not the theme's.</param>
    private static void AssertNoLeaks(BuiltSite site, string language, string other, IReadOnlyList<string>? written = null)
    {
        var ownTexts = Texts(language);
        // Fragments only the other language has: words both share ("Video", "Plan", a bare "{count}") prove nothing.
        var foreign = Texts(other).SelectMany(Fragments).Distinct(StringComparer.Ordinal)
            .Where(f => !ownTexts.Any(t => t.Contains(f, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(foreign);

        var leaks = new List<string>();
        foreach (var (file, page) in site.Pages())
        {
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            var seen = ReaderText(page, part => written?.Any(w => w.Contains(Collapse(part), StringComparison.Ordinal)) == true);
            // A whole word or phrase, and not a folder name in a path ("experts/"), which is the same in every language.
            leaks.AddRange(foreign.Where(f => Regex.IsMatch(seen, $@"(?<![\p{{L}}/]){Regex.Escape(f)}(?![\p{{L}}/])")).Select(f => $"{file}: '{f}'"));
        }
        Assert.True(leaks.Count == 0, $"words of '{other}' on a '{language}' site:\n" + string.Join("\n", leaks.Distinct().Take(40)));
    }

    /// <summary>What a reader sees or hears on a page: its text, the attributes read aloud or shown, its meta descriptions, and the script's words.</summary>
    /// <param name="isContent">True for a text that is the site's content rather than the theme's words: it is left out.</param>
    private static string ReaderText(AngleSharp.Html.Dom.IHtmlDocument page, Func<string, bool>? isContent = null)
    {
        var parts = new List<string> { page.Title ?? "" };
        parts.AddRange(page.Body!.Descendants<IText>().Where(t => t.ParentElement?.LocalName is not ("script" or "style")).Select(t => t.Data)
            .Where(text => isContent?.Invoke(text) != true));
        foreach (var element in page.All)
            foreach (var name in new[] { "aria-label", "placeholder", "title", "alt", "content", "value" })
                if (element.GetAttribute(name) is { } value && !(name == "content" && element.LocalName == "meta" && (element.GetAttribute("name") is "viewport" or "color-scheme" or "theme-color" or "robots" || element.GetAttribute("property") is "og:url" or "og:type" or "og:locale"))
                    && !(name == "value" && element.LocalName != "input") && isContent?.Invoke(value) != true)
                    parts.Add(value);
        if (page.GetElementById("theme-strings") is { } block)
            parts.AddRange(Leaves(JsonDocument.Parse(block.TextContent).RootElement));
        return string.Join("\n", parts);
    }

    private static IEnumerable<string> Leaves(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Leaves(p.Value)),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    /// <summary>Every text of a shipped strings file, each plural form on its own.</summary>
    private static List<string> Texts(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.DefaultTheme, "i18n", language + ".yml"))));
        var texts = new List<string>();
        void Walk(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } v }) texts.Add(v);
            else if (node is YamlMappingNode map) foreach (var child in map.Children.Values) Walk(child);
        }
        Walk(stream.Documents[0].RootNode);
        return texts;
    }

    /// <summary>The literal pieces of a text between its placeholders, those long enough to say something in one language only.</summary>
    private static IEnumerable<string> Fragments(string text) =>
        Placeholder().Split(text).Select(f => f.Trim(' ', ':', '.', ',', '(', ')', '“', '”', '„', '|')).Where(f => f.Count(char.IsLetter) >= 5);

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}
