using System.Collections.Frozen;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Templates;
using RunnersQA.Validation;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Strings;

/// <summary>
/// Reads the theme's strings for the site's language (<see cref="ThemeStrings"/> says in which order). English is the
/// theme's declaration of every key: another language's file lacking one, an override naming one English does not
/// have, or a language with no file at all is reported, and English fills the gap, so a build always has every word.
/// </summary>
public static class ThemeStringsLoader
{
    public const string Folder = "i18n";
    public const string BaseLanguage = "en";

    /// <param name="languageAt">Where site.yml sets the language, for the diagnostics about it.</param>
    /// <param name="required">The keys the generator itself reads (page titles, dates): the theme's English must have each.</param>
    public static ThemeStrings Load(ThemeFiles theme, InputFolder input, string language, SourceLocation languageAt, IEnumerable<string> required, DiagnosticBag bag)
    {
        var entries = new Dictionary<string, ThemeString>(StringComparer.Ordinal);
        var (english, englishOverride) = theme.Layers(FileOf(BaseLanguage));
        if (english is null)
            bag.Error(SourceLocation.StartOf(input.Display(Path.Combine(theme.ThemeRoot, Folder))), DiagnosticCode.MissingFile,
                $"the theme has no {FileOf(BaseLanguage)}, the file that declares its words",
                $"copy themes/default/{FileOf(BaseLanguage)} into the theme");
        else
            ReadFile(theme, input, english, entries, null, null, bag);
        var declared = entries.Keys.ToFrozenSet(StringComparer.Ordinal);
        if (english is not null && required.Where(k => !declared.Contains(k)).ToList() is { Count: > 0 } lacking)
            bag.Error(SourceLocation.StartOf(input.Display(english)), DiagnosticCode.MissingString,
                $"the theme's English strings lack {string.Join(", ", lacking)}, which pages need",
                $"add them, as themes/default/{FileOf(BaseLanguage)} has them");
        ReadFile(theme, input, englishOverride, entries, declared, null, bag);

        var chain = Chain(language);
        var translated = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var name in chain)
        {
            var (themeFile, overrideFile) = theme.Layers(FileOf(name));
            foreach (var file in new[] { themeFile, overrideFile }.OfType<string>())
            {
                ReadFile(theme, input, file, entries, declared, translated, bag);
                files.Add(file);
            }
        }
        if (chain.Count > 0 && !chain[0].Split('-')[0].Equals(BaseLanguage, StringComparison.OrdinalIgnoreCase))
        {
            if (files.Count == 0)
                bag.Warning(languageAt, DiagnosticCode.MissingString, $"the theme has no words in '{language}', so its pages show the English ones",
                    $"translate themes/default/{FileOf(BaseLanguage)} into input/theme/{FileOf(chain[0])}");
            else if (declared.Where(k => !translated.Contains(k)).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } missing)
                bag.Warning(SourceLocation.StartOf(input.Display(files[^1])), DiagnosticCode.MissingString,
                    $"the words in '{language}' lack {missing.Count} of the theme's {declared.Count} keys, shown in English: {string.Join(", ", missing.Take(6))}{(missing.Count > 6 ? ", ..." : "")}",
                    $"add them to input/theme/{FileOf(chain[0])}, translated from themes/default/{FileOf(BaseLanguage)}");
        }
        return new ThemeStrings(language, entries);
    }

    private static string FileOf(string language) => $"{Folder}/{language}.yml";

    /// <summary>
    /// The files a language is read from besides English: "de-AT" is de, then de-AT (the more particular wins);
    /// none for English and its variants unless they have a file of their own (en-US).
    /// </summary>
    private static List<string> Chain(string language)
    {
        var parts = language.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return [.. Enumerable.Range(1, parts.Length).Select(i => string.Join('-', parts[..i]))
            .Where(name => !name.Equals(BaseLanguage, StringComparison.OrdinalIgnoreCase))];
    }

    /// <param name="declared">The keys English declares (null while reading the theme's English itself): any other is reported.</param>
    /// <param name="translated">Receives the keys the file gives, for what a language lacks.</param>
    private static void ReadFile(ThemeFiles theme, InputFolder input, string? file, Dictionary<string, ThemeString> entries,
        IReadOnlySet<string>? declared, ISet<string>? translated, DiagnosticBag bag)
    {
        if (file is null || theme.ReadText(file, bag) is not { } text) return; // absent, or reported
        if (YamlMap.Parse(text, input.Display(file), 1, bag) is not { } map) return;
        foreach (var (key, value) in map.Entries) Read(map, key.Value, key.Location, value, entries, declared, bag, translated);
    }

    private static void Read(YamlMap map, string key, SourceLocation at, YamlNode node, Dictionary<string, ThemeString> entries,
        IReadOnlySet<string>? declared, DiagnosticBag bag, ISet<string>? translated)
    {
        if (node is YamlScalarNode scalar)
        {
            Add(key, at, ThemeString.Plain(scalar.Value ?? ""), entries, declared, bag, translated);
            return;
        }
        if (node is not YamlMappingNode mapping)
        {
            bag.Error(at, DiagnosticCode.WrongType, $"the string '{key}' must be a text, or a map of keys to texts",
                "write `key: The words`, or for a number's forms `key: { one: \"{count} answer\", other: \"{count} answers\" }`");
            return;
        }
        var children = mapping.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? "", c.Key, c.Value)).ToList();
        if (children.Count > 0 && children.All(c => PluralRule.Categories.Contains(c.Item1)))
        {
            if (children.Any(c => c.Value is not YamlScalarNode) || children.All(c => c.Item1 != "other"))
            {
                bag.Error(at, DiagnosticCode.WrongType, $"the forms of '{key}' need an `other:` text, and each form is a text",
                    "for example `{ one: \"{count} answer\", other: \"{count} answers\" }`");
                return;
            }
            var forms = children.ToFrozenDictionary(c => c.Item1, c => ((YamlScalarNode)c.Value).Value ?? "", StringComparer.Ordinal);
            Add(key, at, new ThemeString(forms), entries, declared, bag, translated);
            return;
        }
        foreach (var (name, keyNode, value) in children) Read(map, key + "." + name, map.At(keyNode), value, entries, declared, bag, translated);
    }

    private static void Add(string key, SourceLocation at, ThemeString value, Dictionary<string, ThemeString> entries, IReadOnlySet<string>? declared,
        DiagnosticBag bag, ISet<string>? translated)
    {
        if (declared is not null && !declared.Contains(key))
        {
            var nearest = NearestName.Find(key, declared);
            bag.Warning(at, DiagnosticCode.MissingString, $"the theme has no string '{key}', so this one is never shown",
                nearest is null ? $"use a key of themes/default/{Folder}/{BaseLanguage}.yml" : $"did you mean '{nearest}'?");
            return;
        }
        entries[key] = value;
        translated?.Add(key);
    }
}
