using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RunnersQA.Strings;

/// <summary>
/// Every interface word of the theme in the site's language: the theme's <c>i18n/en.yml</c>, then its file for the
/// language (<c>de.yml</c>, then <c>de-AT.yml</c>), each with the site's <c>input/theme/i18n/</c> file of that name laid
/// over it key by key. Templates read them through <c>t</c>, pages through <see cref="Text"/> and <see cref="Count"/>,
/// and search.js the <see cref="ClientSection"/> as JSON. Compared by value, so a rebuild redraws pages only when a word changed.
/// </summary>
public sealed class ThemeStrings : IEquatable<ThemeStrings>
{
    /// <summary>The keys under this section are what the browser's search module shows.</summary>
    public const string ClientSection = "script";

    private const string LowerSuffix = ":lower";

    private readonly FrozenDictionary<string, ThemeString> _entries;

    public ThemeStrings(string language, IReadOnlyDictionary<string, ThemeString> entries)
    {
        Language = language;
        Culture = CultureFor(language);
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The site's language tag, for plural rules.</summary>
    public string Language { get; }

    /// <summary>How numbers and dates are written; the invariant culture for a tag .NET does not know.</summary>
    public CultureInfo Culture { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>, its <c>{name}</c> placeholders filled from <paramref name="args"/>.</summary>
    public string Text(string key, params (string Name, object? Value)[] args) => Fill(Entry(key).Form("other"), args);

    /// <summary>The form of <paramref name="key"/> for <paramref name="count"/>, with <c>{count}</c> and the other placeholders filled.</summary>
    public string Count(string key, long count, params (string Name, object? Value)[] args) =>
        Fill(Entry(key).Form(PluralRule.Category(Language, count)), [("count", count), .. args]);

    /// <summary>The <see cref="ClientSection"/>'s entries as a JSON object (plural entries as objects of forms), for search.js.</summary>
    public string ClientJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            foreach (var (key, entry) in _entries.Where(e => e.Key.StartsWith(ClientSection + ".", StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var name = key[(ClientSection.Length + 1)..];
                if (!entry.IsPlural) { json.WriteString(name, entry.Form("other")); continue; }
                json.WriteStartObject(name);
                foreach (var (category, text) in entry.Forms.OrderBy(f => PluralRule.Rank(f.Key))) json.WriteString(category, text);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private ThemeString Entry(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException($"the theme's strings have no '{key}'");

    private string Fill(string text, (string Name, object? Value)[] args)
    {
        if (args.Length == 0 || !text.Contains('{')) return text;
        var filled = new StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            // "{name:lower}" is the value in lower case, for languages that write it so inside a sentence ("by tag").
            var length = end - i - 1;
            var lower = length > LowerSuffix.Length && string.CompareOrdinal(text, end - LowerSuffix.Length, LowerSuffix, 0, LowerSuffix.Length) == 0;
            if (lower) length -= LowerSuffix.Length;
            var found = end > i ? Array.FindIndex(args, a => a.Name.Length == length && string.CompareOrdinal(text, i + 1, a.Name, 0, length) == 0) : -1;
            if (found < 0) { filled.Append(text[i]); continue; }
            var value = args[found].Value switch
            {
                long or int => string.Format(Culture, "{0:N0}", args[found].Value),
                var other => Convert.ToString(other, Culture) ?? "",
            };
            filled.Append(lower ? value.ToLower(Culture) : value);
            i = end;
        }
        return filled.ToString();
    }

    public bool Equals(ThemeStrings? other) =>
        other is not null && Language == other.Language && _entries.Count == other._entries.Count
        && _entries.All(e => other._entries.TryGetValue(e.Key, out var theirs) && e.Value.Equals(theirs));

    public override bool Equals(object? obj) => Equals(obj as ThemeStrings);

    public override int GetHashCode() => HashCode.Combine(Language, _entries.Count);

    private static CultureInfo CultureFor(string language)
    {
        try { return CultureInfo.GetCultureInfo(language); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
