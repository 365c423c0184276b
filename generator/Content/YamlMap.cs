using System.Globalization;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Content;

/// <summary>
/// A YAML mapping read field by field. Every read that fails reports a diagnostic at the
/// value's own line and column and returns null, so loading goes on and all problems are seen in one run.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _bag;
    private readonly SourceLocation _missingAt;
    private readonly YamlLines _lines;

    private YamlMap(YamlMappingNode node, string path, int lineOffset, DiagnosticBag bag, SourceLocation missingAt, YamlLines lines)
    {
        _lines = lines;
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _bag = bag;
        _missingAt = missingAt;
    }

    /// <summary>Parses a YAML document whose first line is <paramref name="firstLine"/> of the file.</summary>
    public static YamlMap? Parse(string yaml, string path, int firstLine, DiagnosticBag bag)
    {
        var whole = SourceLocation.StartOf(path);
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (DepthLimitedParser.TooDeepException e)
        {
            bag.Error(new SourceLocation(path, (int)e.Start.Line + firstLine - 1, (int)Math.Max(1, e.Start.Column)), DiagnosticCode.OverLimit,
                $"lists and maps are nested more than {InputLimits.YamlNesting} deep here",
                $"front matter needs only a few levels: `{AnswerFields.Exercises.Name}:` holds a list of `key: value` items, and nothing goes deeper");
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws InvalidOperationException, not a YamlException, for some unclosed flow collections
            // ("[a, b"), and its document model ArgumentException for events it does not expect ("\n: " with no key).
            var mistake = YamlMistake.Explain(yaml, firstLine, e, parser.Current?.Start);
            bag.Error(new SourceLocation(path, mistake.Line, mistake.Column), DiagnosticCode.MalformedYaml, mistake.Message, mistake.Hint);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            if (YamlMistake.NotAMapping(yaml, firstLine) is { } mistake)
                bag.Error(new SourceLocation(path, mistake.Line, mistake.Column), DiagnosticCode.MalformedYaml, mistake.Message, mistake.Hint);
            else
                bag.Error(whole, DiagnosticCode.MalformedYaml, "the YAML is not a mapping of keys to values",
                    "write one `key: value` per line, for example `title: Why do my knees hurt?`");
            return null;
        }
        return new YamlMap(map, path, firstLine - 1, bag, whole, new YamlLines(yaml, firstLine));
    }

    public SourceLocation Location => At(_node);

    public SourceLocation At(YamlNode node) =>
        new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>
    /// Reads every field <paramref name="fields"/> declares, each by its type, required or not, with its example
    /// in the hints; a key it does not declare goes to <paramref name="unknown"/>, said to stand in <paramref name="where"/>.
    /// </summary>
    public FieldValues Read(FieldSet fields, string where, ICollection<UnknownKey> unknown)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (Read(field, fields, unknown) is { } value) values[field.Name] = value;
        }
        string? textAbove = null;
        foreach (var (key, value) in Entries)
        {
            // No field name has a space: such a key after a text is most likely a line of that text, not indented.
            if (fields.Find(key.Value) is null)
                unknown.Add(new UnknownKey(key, where, fields) { TextAbove = key.Value.Contains(' ') ? textAbove : null });
            textAbove = value is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded or ScalarStyle.Plain } ? key.Value : null;
        }
        return new FieldValues(values);
    }

    /// <param name="siblings">The fields beside it, for a hint when its value is one of theirs.</param>
    private object? Read(Field field, FieldSet siblings, ICollection<UnknownKey> unknown) => field.Type switch
    {
        FieldType.Text => Allowed(field, String(field.Name, field.Required, field.Example)),
        FieldType.Markdown => MarkdownText(field.Name, field.Required, field.Example),
        FieldType.Date => Date(field.Name, field.Required, field.Example),
        FieldType.Boolean => Boolean(field.Name, field.Example),
        FieldType.Integer => AtLeast(field, Int(field.Name, field.Required, field.Example, siblings)),
        FieldType.List when field.Item!.Type == FieldType.Object =>
            MapList(field.Name, field.Example).Select(item => item.Read(field.Item.Fields!, $"`{field.Name}`", unknown)).ToList(),
        FieldType.List => StringList(field.Name, field.Required, field.Example),
        FieldType.Object => Object(field.Name, field, unknown),
        FieldType.Map when field.Item!.Type == FieldType.Object => ObjectEntries(field, unknown),
        FieldType.Map => Pairs(field),
        _ => throw new InvalidOperationException($"no reader for {field.Type}"),
    };

    /// <summary>
    /// The object under <paramref name="key"/>, declared by <paramref name="field"/> (the key is the field's name,
    /// or a name the author chose, as a tag id in tags.yml). A plain value is its <see cref="Field.Shorthand"/>.
    /// </summary>
    public FieldValues? Object(string key, Field field, ICollection<UnknownKey> unknown)
    {
        if (field.Shorthand is { } shorthand && Node(key) is YamlScalarNode)
            return String(key, field.Required, $"{key}: {shorthand.ExampleValue}") is { } text
                ? new FieldValues(new Dictionary<string, object>(StringComparer.Ordinal) { [shorthand.Name] = text })
                : null;
        return Map(key, $"{key}: {field.ExampleValue}")?.Read(field.Fields!, $"`{key}`", unknown);
    }

    /// <summary>
    /// Each entry of a map whose values are objects, read as <see cref="Field.Item"/> declares them; a key that does
    /// not match <see cref="Field.Pattern"/> is reported and left out.
    /// </summary>
    private List<(Positioned<string>, FieldValues)>? ObjectEntries(Field field, ICollection<UnknownKey> unknown)
    {
        if (Map(field.Name, field.Example) is not { } map) return null;
        var entries = new List<(Positioned<string>, FieldValues)>();
        foreach (var (key, _) in map.Entries)
        {
            if (field.Pattern is { } pattern && !pattern.Matches(key.Value))
            {
                _bag.Error(key.Location, DiagnosticCode.InvalidSlug, $"{field.Item!.Name} '{key.Value}' under `{field.Name}` may hold only {pattern.Meaning}",
                    pattern == TextPattern.Slug ? $"rename it to '{Slug.From(key.Value)}'" : $"for example `{field.Example}`");
                continue;
            }
            if (map.Object(key.Value, field.Item!, unknown) is { } value) entries.Add((key, value));
        }
        return entries;
    }

    private List<(Positioned<string>, Positioned<string>)>? Pairs(Field field)
    {
        if (Map(field.Name, field.Example) is not { } map) return null;
        var pairs = new List<(Positioned<string>, Positioned<string>)>();
        foreach (var (key, _) in map.Entries)
        {
            if (map.String(key.Value, false, $"{key.Value}: {field.Item!.ExampleValue}") is { } value) pairs.Add((key, value));
        }
        return pairs;
    }

    /// <summary>The text when the field allows it: one of its <see cref="Field.Choices"/>, if it has any.</summary>
    private Positioned<string>? Allowed(Field field, Positioned<string>? text)
    {
        if (text is not { } t || field.Choices.Count == 0 || field.Choices.Contains(t.Value, StringComparer.Ordinal)) return text;
        _bag.Error(t.Location, DiagnosticCode.InvalidValue, $"`{field.Name}` must be one of {string.Join(", ", field.Choices)}, not '{t.Value}'",
            $"pick the one that fits, for example `{field.Example}`{(field.Default is { } d ? $", or leave it out for {d}" : "")}");
        return null;
    }

    /// <summary>The number when it is at least the field's <see cref="Field.Minimum"/>.</summary>
    private Positioned<int>? AtLeast(Field field, Positioned<int>? number)
    {
        if (number is not { } n || field.Minimum is not { } minimum || n.Value >= minimum) return number;
        _bag.Error(n.Location, DiagnosticCode.InvalidValue, $"`{field.Name}` must be at least {minimum}, not {n.Value}",
            $"for example `{field.Example}`{(field.Required ? "" : ", or leave it out")}");
        return null;
    }

    public IEnumerable<(Positioned<string> Key, YamlNode Value)> Entries =>
        _node.Children.Select(kv => (new Positioned<string>(((kv.Key as YamlScalarNode)?.Value) ?? "", At(kv.Key)), kv.Value));

    private YamlNode? Node(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    private Positioned<string>? String(string key, bool required, string example)
    {
        var node = Require(key, required, example);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar)
        {
            WrongType(node, key, "a piece of text", example);
            return null;
        }
        var value = SourceText.Clean(scalar.Value?.Trim() ?? "");
        if (value.Length == 0)
        {
            if (required) Missing(key, example, At(node));
            return null;
        }
        return new Positioned<string>(value, At(node));
    }

    /// <summary>A Markdown field; the location is where its text starts (the line after `|` for a block).</summary>
    private Positioned<string>? MarkdownText(string key, bool required, string example)
    {
        var text = String(key, required, example);
        if (text is not { } t || Node(key) is not YamlScalarNode scalar) return text;
        if (scalar.Style is not (ScalarStyle.Literal or ScalarStyle.Folded)) return t;
        // A block's text starts on the first non-blank line after its '|', at that line's indentation.
        var line = (int)scalar.Start.Line + 1; // the line after the '|'
        while (line <= _lines.Count && string.IsNullOrWhiteSpace(_lines[line])) line++;
        return t with { Location = new SourceLocation(t.Location.Path, line + _lineOffset, _lines.Indent(line) + 1) };
    }

    private Positioned<DateOnly>? Date(string key, bool required, string example)
    {
        var text = String(key, required, example);
        if (text is not { } t) return null;
        if (DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Positioned<DateOnly>(date, t.Location);
        if (DateTimeOffset.TryParse(t.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var stamp) && t.Value.Contains('T'))
            return new Positioned<DateOnly>(DateOnly.FromDateTime(stamp.Date), t.Location);
        _bag.Error(t.Location, DiagnosticCode.InvalidDate, $"'{t.Value}' is not a valid date for `{key}`",
            $"write the date as year-month-day, for example `{example}`");
        return null;
    }

    private Positioned<bool>? Boolean(string key, string example)
    {
        var text = String(key, false, example);
        if (text is not { } t) return null;
        if (bool.TryParse(t.Value, out var value)) return new Positioned<bool>(value, t.Location);
        _bag.Error(t.Location, DiagnosticCode.WrongType, $"`{key}` must be true or false, not '{t.Value}'", $"write `{key}: true` or `{key}: false`");
        return null;
    }

    private Positioned<int>? Int(string key, bool required, string example, FieldSet? siblings = null)
    {
        var text = String(key, required, example);
        if (text is not { } t) return null;
        if (int.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return new Positioned<int>(value, t.Location);
        _bag.Error(t.Location, DiagnosticCode.WrongType, $"`{key}` must be a whole number, not '{t.Value}'", NotANumberHint(t.Value, key, example, siblings));
        return null;
    }

    /// <summary>
    /// What to write instead of a text where a number belongs: the one number in it alone ("PMID: 30287484", "5 min"),
    /// or, when it matches the pattern of a field beside it (a DOI in `pmid:`), moved there, or digits.
    /// </summary>
    private static string NotANumberHint(string text, string key, string example, FieldSet? siblings)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, "[0-9]+");
        // A number alone that is still no number is too large to be one.
        if (numbers.Count == 1 && numbers[0].Value != text) return $"write the number alone: `{key}: {numbers[0].Value}`";
        if (siblings?.FirstOrDefault(f => f.Name != key && f.Pattern is { } p && p.Matches(text)) is { } meant)
            return $"that is a value for `{meant.Name}`: write it as `{meant.Name}: {text}`, and give `{key}` as digits (for example `{example}`) or leave it out";
        return $"write it as digits, for example `{example}`";
    }

    /// <summary>A list of short strings, written as <c>[a, b]</c> or as a block list.</summary>
    private IReadOnlyList<Positioned<string>> StringList(string key, bool required, string example)
    {
        var node = Require(key, required, example);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            NotAList(node, key, example);
            return [];
        }
        var items = new List<Positioned<string>>();
        foreach (var item in WithinLimit(sequence, key))
        {
            if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                items.Add(new Positioned<string>(v.Trim(), At(item)));
            else
                WrongType(item, key, "a list of plain text items", example);
        }
        if (required && items.Count == 0) Missing(key, example, At(node));
        return items;
    }

    private YamlMap? Map(string key, string example)
    {
        var node = Require(key, false, example);
        if (node is null) return null;
        if (node is YamlMappingNode map) return new YamlMap(map, _path, _lineOffset, _bag, At(map), _lines);
        WrongType(node, key, "a set of `key: value` pairs", example);
        return null;
    }

    private IReadOnlyList<YamlMap> MapList(string key, string example)
    {
        var node = Require(key, false, example);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            NotAList(node, key, example);
            return [];
        }
        var maps = new List<YamlMap>();
        foreach (var item in WithinLimit(sequence, key))
        {
            if (item is YamlMappingNode map) maps.Add(new YamlMap(map, _path, _lineOffset, _bag, At(map), _lines));
            else WrongType(item, key, "a list of `key: value` items", example);
        }
        return maps;
    }

    /// <summary>The first <see cref="InputLimits.ListItems"/> items of a list; more are reported once.</summary>
    private IEnumerable<YamlNode> WithinLimit(YamlSequenceNode sequence, string key)
    {
        var limit = InputLimits.ListItems;
        if (sequence.Children.Count > limit)
            _bag.Error(At(sequence.Children[limit]), DiagnosticCode.OverLimit, $"`{key}` has {sequence.Children.Count} items; at most {limit} are read",
                $"keep `{key}` to the items that matter");
        return sequence.Children.Take(limit);
    }

    private YamlNode? Require(string key, bool required, string example)
    {
        var node = Node(key);
        if (node is null && required) Missing(key, example, _missingAt);
        return node;
    }

    private void Missing(string key, string example, SourceLocation at) =>
        _bag.Error(at, DiagnosticCode.MissingField, $"required field `{key}` is missing or empty", $"add it to the front matter, for example `{example}`");

    /// <summary>A list expected; items written with no space after their dash (<c>-knee-pain</c>) are text to YAML, and said so.</summary>
    private void NotAList(YamlNode node, string key, string example)
    {
        if (YamlMistake.DashedText(_lines, (int)node.Start.Line, (int)node.Start.Column) is var (message, hint))
            _bag.Error(At(node), DiagnosticCode.WrongType, $"`{key}` must be a list, but {message}", hint);
        else
            WrongType(node, key, "a list", example);
    }

    private void WrongType(YamlNode node, string key, string expected, string example) =>
        _bag.Error(At(node), DiagnosticCode.WrongType, $"`{key}` must be {expected}", $"for example `{example}`");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
