using System.Globalization;
using System.Text.RegularExpressions;

namespace RunnersQA.Tests.Support;

/// <summary>
/// The schema.org vocabulary as npm's schema-dts declares it (pinned in package.json, installed by `npm ci`):
/// every type, its parents, the properties it takes (its ancestors' too) and what each property expects.
/// Read from the declarations' own shapes:
/// <c>interface XBase extends YBase { "p"?: SchemaValue&lt;A | B | IdReference, "p"&gt;; }</c> holds X's own
/// properties, <c>interface XLeaf extends XBase { "@type": "X"; }</c> names the type, and
/// <c>type X = XLeaf | SubtypeOfX | string;</c> lists its direct subtypes and whether text stands for it
/// (an enumeration lists its members as string literals there).
/// </summary>
public sealed partial class SchemaOrgVocabulary
{
    private const string IdReference = "IdReference";

    /// <summary>A declared alias: its union's members, identifiers without their type arguments or literal tokens.</summary>
    private readonly Dictionary<string, string[]> _unions;

    /// <summary>A Base interface: the interfaces it extends, and its own properties with what each expects.</summary>
    private readonly Dictionary<string, (string[] Extends, Dictionary<string, string[]> Properties)> _bases;

    /// <summary>A type's name (its <c>@type</c>) to the alias that declares it and the Base interface its leaf extends.</summary>
    private readonly Dictionary<string, (string Alias, string Base)> _types;

    private readonly Dictionary<string, string> _typeOfAlias;
    private readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _descendants = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private SchemaOrgVocabulary(
        Dictionary<string, string[]> unions,
        Dictionary<string, (string[] Extends, Dictionary<string, string[]> Properties)> bases,
        Dictionary<string, (string Alias, string Base)> types)
    {
        _unions = unions;
        _bases = bases;
        _types = types;
        _typeOfAlias = types.ToDictionary(t => t.Value.Alias, t => t.Key, StringComparer.Ordinal);
    }

    public static string DeclarationsPath { get; } = Path.Combine(Repository.Root, "node_modules", "schema-dts", "dist", "schema.d.ts");

    private static readonly Lazy<SchemaOrgVocabulary> InstalledVocabulary = new(() =>
    {
        Assert.True(File.Exists(DeclarationsPath), $"{DeclarationsPath} is missing: run `npm ci` in {Repository.Root} (package.json pins schema-dts)");
        return Parse(File.ReadAllText(DeclarationsPath));
    });

    /// <summary>The vocabulary of the schema-dts that package.json pins, read once.</summary>
    public static SchemaOrgVocabulary Installed => InstalledVocabulary.Value;

    /// <summary>Every type's name, as <c>@type</c> gives it.</summary>
    public IReadOnlyCollection<string> Types => _types.Keys;

    public bool HasType(string type) => _types.ContainsKey(type);

    /// <summary>True when the declarations define <paramref name="alias"/>: a type, or a data type such as Text or URL.</summary>
    public bool Declares(string alias) => _unions.ContainsKey(alias);

    /// <summary>The types that list <paramref name="type"/> as a direct subtype.</summary>
    public IReadOnlyList<string> ParentsOf(string type)
    {
        var alias = _types[type].Alias;
        return [.. _unions.Where(u => u.Key != alias && _typeOfAlias.ContainsKey(u.Key) && u.Value.Contains(alias, StringComparer.Ordinal))
            .Select(u => _typeOfAlias[u.Key]).Order(StringComparer.Ordinal)];
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> (a type or a declared alias) or one of its subtypes, at any depth.</summary>
    public bool IsA(string type, string expected) =>
        _types.TryGetValue(type, out var t) && (t.Alias == expected || Descendants(expected).Contains(t.Alias));

    /// <summary>
    /// Every property <paramref name="type"/> takes, its own and its ancestors', each with the aliases it expects
    /// (types and data types such as Text or URL; a reference by <c>@id</c> is always allowed and not listed).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PropertiesOf(string type)
    {
        lock (_lock)
        {
            if (_properties.TryGetValue(type, out var known)) return known;
            var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([_types[type].Base]);
            while (pending.TryPop(out var name))
            {
                if (!seen.Add(name) || !_bases.TryGetValue(name, out var declared)) continue;
                foreach (var (property, expects) in declared.Properties) properties.TryAdd(property, expects);
                foreach (var parent in declared.Extends) pending.Push(parent);
            }
            return _properties[type] = properties;
        }
    }

    /// <summary>True when one of <paramref name="expected"/> takes this text: free text, a number written out, an enumeration's member, or a URL or date in their format.</summary>
    public bool TakesText(IEnumerable<string> expected, string text) => expected.Any(e => TakesText(e, text, []));

    public bool TakesNumber(IEnumerable<string> expected) => expected.Any(e => Reaches(e, m => m == "number"));

    public bool TakesBoolean(IEnumerable<string> expected) => expected.Any(e => Reaches(e, m => m == "boolean"));

    /// <summary>The declarations: the file's aliases, Base interfaces and leaves, each at the start of its line.</summary>
    public static SchemaOrgVocabulary Parse(string declarations)
    {
        var unions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var bases = new Dictionary<string, (string[] Extends, Dictionary<string, string[]> Properties)>(StringComparer.Ordinal);
        var types = new Dictionary<string, (string Alias, string Base)>(StringComparer.Ordinal);
        var lines = declarations.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (BaseStart().Match(line) is { Success: true } b)
            {
                var properties = new Dictionary<string, string[]>(StringComparer.Ordinal);
                for (i++; i < lines.Length && lines[i] != "}"; i++)
                {
                    if (Property().Match(lines[i]) is { Success: true } p)
                    {
                        properties[p.Groups["name"].Value] = [.. Members(p.Groups["expects"].Value).Where(m => m != IdReference)];
                    }
                }
                var extends = b.Groups["extends"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Where(e => !e.StartsWith("Partial<", StringComparison.Ordinal)).ToArray();
                bases[b.Groups["name"].Value] = (extends, properties);
            }
            else if (LeafStart().Match(line) is { Success: true } leaf && i + 1 < lines.Length && TypeName().Match(lines[i + 1]) is { Success: true } name)
            {
                types[name.Groups["type"].Value] = (leaf.Groups["alias"].Value, leaf.Groups["base"].Value);
            }
            else if (Union().Match(line) is { Success: true } u)
            {
                unions[u.Groups["alias"].Value] = Members(u.Groups["members"].Value);
            }
        }
        return new SchemaOrgVocabulary(unions, bases, types);
    }

    private HashSet<string> Descendants(string alias)
    {
        lock (_lock)
        {
            if (_descendants.TryGetValue(alias, out var known)) return known;
            var found = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>([alias]);
            while (pending.TryPop(out var next))
            {
                if (!_unions.TryGetValue(next, out var members)) continue;
                foreach (var member in members.Where(m => _unions.ContainsKey(m) && found.Add(m))) pending.Push(member);
            }
            return _descendants[alias] = found;
        }
    }

    /// <summary>True when the union of <paramref name="alias"/>, or of an alias it lists, at any depth, has a member that matches.</summary>
    private bool Reaches(string alias, Func<string, bool> match)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([alias]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || !_unions.TryGetValue(next, out var members)) continue;
            foreach (var member in members)
            {
                if (match(member)) return true;
                pending.Push(member);
            }
        }
        return false;
    }

    private bool TakesText(string alias, string text, HashSet<string> seen)
    {
        // schema.org's data types whose text has a format: check it, where the declarations only say "string".
        switch (alias)
        {
            case "URL": return Uri.TryCreate(text, UriKind.Absolute, out _);
            case "Date": return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            case "DateTime": return text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
        }
        if (!seen.Add(alias) || !_unions.TryGetValue(alias, out var members)) return false;
        foreach (var member in members)
        {
            if (member == "string") return true;
            if (member == "`${number}`" && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return true;
            if (member.StartsWith('"') && member == "\"" + text + "\"") return true;
            if (TakesText(member, text, seen)) return true;
        }
        return false;
    }

    /// <summary>A union's members at the top level, type arguments stripped: "A | B&lt;T, P&gt; | \"x\"" is A, B, "x".</summary>
    private static string[] Members(string union)
    {
        var members = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= union.Length; i++)
        {
            var c = i < union.Length ? union[i] : '|';
            if (c == '<') depth++;
            else if (c == '>') depth--;
            else if (c == '|' && depth == 0)
            {
                var member = union[start..i].Trim();
                var arguments = member.IndexOf('<');
                if (!member.StartsWith('"') && arguments > 0) member = member[..arguments];
                if (member.Length > 0) members.Add(member);
                start = i + 1;
            }
        }
        return [.. members];
    }

    [GeneratedRegex(@"^(?:export )?interface (?<name>\w+Base) extends (?<extends>[^{]+)\{$")]
    private static partial Regex BaseStart();

    [GeneratedRegex(@"^\s+""(?<name>[^""]+)""\?: SchemaValue<(?<expects>.+), ""\k<name>"">;$")]
    private static partial Regex Property();

    [GeneratedRegex(@"^(?:export )?(?:interface (?<alias>\w+)Leaf extends (?<base>\w+Base) \{|type (?<alias>\w+)Leaf<[^=]*> = Omit<(?<base>\w+Base), TProperty> & \{)$")]
    private static partial Regex LeafStart();

    [GeneratedRegex(@"^\s+""@type"": ""(?<type>[^""]+)"";$")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^export type (?<alias>\w+)(?:<[^>]*>)? = (?<members>.+);$")]
    private static partial Regex Union();
}
