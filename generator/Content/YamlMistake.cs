using YamlDotNet.Core;

namespace RunnersQA.Content;

/// <summary>
/// A YAML text that cannot be read, said in plain words: the common mistake that caused it, at the line and column
/// of that mistake (a parser often stops a line or more after it), a hint that shows the fix, and the parser's own
/// words kept after the message. Told from the source text around the parser's mark and the exception's type,
/// not from its English message. Serves every YAML file the generator reads.
/// </summary>
internal sealed record YamlMistake(int Line, int Column, string Message, string Hint)
{
    private const string GenericHint =
        "check indentation and quoting near this line; a value with ': ' or starting with a quote, '[', '{', '*' or '&' needs quotes";

    /// <summary>Explains <paramref name="error"/>, thrown while parsing <paramref name="yaml"/> (line 1 of which is <paramref name="firstLine"/> of its file), at a line of the file; <paramref name="near"/> is where the parser was, for exceptions that carry no mark.</summary>
    public static YamlMistake Explain(string yaml, int firstLine, Exception error, Mark? near)
    {
        var lines = new YamlLines(yaml, firstLine);
        var (start, end) = error switch
        {
            YamlException y => (y.Start, y.End),
            _ when near is not null => (near.Value, near.Value),
            _ => (Mark.Empty, Mark.Empty),
        };
        var line = (int)Math.Clamp(start.Line, 1, Math.Max(1, lines.Count));
        var column = (int)Math.Max(1, start.Column);
        var said = ParserWords(error);
        var (mistake, hint) = Classify(lines, error, ref line, ref column, (int)Math.Max(start.Line, end.Line), start.Line <= 1 && start.Column <= 1)
                              ?? ("this YAML cannot be read here", error is ArgumentException
                                  ? "check this line: a line starting with ':' or '?' needs a key before it, and a value with ': ' needs quotes"
                                  : GenericHint);
        return new YamlMistake(lines.InFile(line), column, said is null ? mistake : $"{mistake} (YAML parser: {said})", hint);
    }

    /// <summary>Why a document that parsed is not <c>key: value</c> lines, when a common mistake explains it (<c>title:Foo</c> alone).</summary>
    public static YamlMistake? NotAMapping(string yaml, int firstLine)
    {
        var lines = new YamlLines(yaml, firstLine);
        return lines.Next(0) is > 0 and var first && NoSpaceAfterColon(lines, first) is { } m ? m with { Line = lines.InFile(m.Line) } : null;
    }

    private static (string Message, string Hint)? Classify(YamlLines lines, Exception error, ref int line, ref int column, int last, bool atStart)
    {
        // A tab or an unclosed bracket is the cause wherever the parser stops after it; a tab is often reported at the document's start.
        var tab = lines.LeadingTab(atStart || error is InvalidOperationException ? lines.Count : last);
        var bracket = lines.UnclosedBracket() is { } b && (b.Line <= last || error is InvalidOperationException) ? b : default((int Line, int Column, char Bracket)?);
        if (tab is { } t && (bracket is not { } ob || t.Line <= ob.Line))
        {
            (line, column) = t;
            return ("this line is indented with a tab, and YAML allows only spaces for indentation",
                $"replace the tab with spaces{IndentExample(lines, t.Line)}");
        }
        if (bracket is var (bLine, bColumn, bChar))
        {
            (line, column) = (bLine, bColumn);
            var (what, close) = bChar == '[' ? ("list", ']') : ("set of `key: value` pairs", '}');
            var owner = lines.Key(bLine) is { } k && k.ValueColumn == bColumn ? $"`{k.Name}`'s " : "this ";
            return ($"the '{bChar}' that opens {owner}{what} is never closed",
                $"end it with '{close}' on the same line: `{Closed(lines, bLine, close)}`");
        }

        if (error.GetType() == typeof(YamlException) && DuplicateKey(lines, line, column) is { } duplicate)
            return duplicate;

        var text = lines[line];
        var at = lines.At(line, column);
        var key = lines.Key(line);
        var valueColumn = key?.ValueColumn ?? 0;
        var value = lines.Value(line);

        if (at is '"' or '\'' && error is SyntaxErrorException && text.IndexOf(at, column) < 0)
        {
            var owner = key is { } q && q.ValueColumn == column ? $"`{q.Name}`'s value" : "this text";
            return ($"the {Quote(at)} that starts {owner} is never closed",
                $"end it with `{at}` on the same line: `{Closed(lines, line, at)}`, or remove the opening one");
        }
        if (error is SemanticErrorException && QuoteOpenedAbove(lines, line, column) is var (openLine, openColumn, closeColumn))
        {
            var q = lines.At(openLine, openColumn);
            var owner = lines.Key(openLine) is { } o && o.ValueColumn == openColumn ? $"`{o.Name}`'s value" : "this text";
            var closedAt = (Line: line, Column: closeColumn);
            (line, column) = (openLine, openColumn);
            return ($"the {Quote(q)} that starts {owner} is not closed on its line, so YAML reads on to the next `{q}`, on line {lines.InFile(closedAt.Line)} (column {closedAt.Column})",
                $"end it with `{q}` on the same line: `{Closed(lines, openLine, q)}`, or remove the opening one");
        }
        if (key is { } quoted && value is ['"' or '\'', ..] && column > valueColumn && error is SemanticErrorException)
        {
            var close = text.IndexOf(value[0], valueColumn) + 1;
            if (close == 0) return null;
            var rest = text[Math.Min(text.Length, close)..].Trim();
            column = valueColumn;
            return ($"`{quoted.Name}`'s value starts with a {Quote(value[0])}, so YAML ends it at the next `{value[0]}` (column {close}) and cannot read the rest, `{rest}`",
                $"put the whole value in quotes of the other kind: `{quoted.Name}: {Quoted(Unquoted(value))}`");
        }
        if (key is { } block && value is ['|' or '>', ..] && column >= valueColumn && value.TrimStart('|', '>', '-', '+', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimStart() is [not '#', ..] words)
        {
            column = valueColumn;
            return ($"text follows `{value[0]}` on the line of `{block.Name}`; the '{value[0]}' must end its line and the text start on the next",
                $"move `{words}` to the next line, indented by 2 spaces");
        }
        if (key is { } reserved && value is ['@' or '`' or '%' or '*' or '&' or '!', ..] && column >= valueColumn)
        {
            column = valueColumn;
            return ($"`{reserved.Name}`'s value starts with '{value[0]}', which YAML keeps for {(value[0] is '*' or '&' ? "references" : value[0] == '!' ? "type tags" : "itself")}",
                $"put the value in quotes: `{reserved.Name}: {Quoted(value)}`");
        }
        if (DashWithoutSpace(lines, line) is { } dashed)
        {
            (line, column) = dashed;
            return DashMessage(lines, dashed.Line);
        }
        if (NoSpaceAfterColon(lines, line) is { } here)
        {
            column = here.Column;
            return (here.Message, here.Hint);
        }
        if (at == ':' && key is { } colon && column >= colon.ValueColumn)
            return ($"`{colon.Name}`'s value has a ':' followed by {(column == text.Length ? "the end of the line" : "a space")}, which YAML reads as the start of another `key: value`",
                $"put the value in quotes: `{colon.Name}: {Quoted(value)}`");
        if (key is { } inner && at == ':' && column == inner.Column + inner.Name.Length)
            return InsideValueAbove(lines, ref line, inner.Name, ref column);
        if (key is null && lines.Previous(line) is > 0 and var above && ContinuedValue(lines, above, line) is { } continued)
            return continued;
        if (key is { } misplaced && column == misplaced.Column)
            return Misindented(lines, line, misplaced.Name);
        return null;
    }

    /// <summary>
    /// A quote just before the mark that closes nothing opened on its own line, and the line above whose value opens
    /// a quote of that kind and leaves it open: the quoted text ran on from there. The opening line and column, and the closing column.
    /// </summary>
    private static (int Line, int Column, int Close)? QuoteOpenedAbove(YamlLines lines, int line, int column)
    {
        var text = lines[line];
        var i = Math.Min(text.Length, column - 1) - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || text[i] is not ('"' or '\'') || text[..i].Count(c => c == text[i]) % 2 != 0) return null;
        var q = text[i];
        for (var l = line - 1; l >= 1; l--)
        {
            if (lines.Key(l) is { } k && lines.At(l, k.ValueColumn) == q && lines[l].IndexOf(q, k.ValueColumn) < 0) return (l, k.ValueColumn, i + 1);
            if (lines[l].Contains(q)) return null;
        }
        return null;
    }

    /// <summary>A line that YAML reads as more of the value above it (it is indented deeper), where its own ': ' cannot stand.</summary>
    private static (string, string) InsideValueAbove(YamlLines lines, ref int line, string name, ref int column)
    {
        var indent = lines.Indent(line);
        var owner = 0;
        for (var l = lines.Previous(line); l > 0; l = lines.Previous(l))
        {
            if (NoSpaceAfterColon(lines, l) is { } missing)
            {
                (line, column) = (missing.Line, missing.Column);
                return (missing.Message, missing.Hint);
            }
            if (lines.Key(l) is { } k && k.Column - 1 < indent) { owner = l; break; }
        }
        if (owner > 0 && lines.Key(owner) is { } o)
        {
            if (DashWithoutSpace(lines, owner) is { } dash)
            {
                var readOn = line;
                (line, column) = dash;
                return DashMessage(lines, owner, readOn: readOn);
            }
            column = lines.Indent(line) + 1;
            return ($"this line is indented deeper than `{o.Name}` (line {lines.InFile(owner)}), so YAML reads it as more of `{o.Name}`'s value, where its ': ' cannot stand",
                $"if `{name}` is a field of its own, start it in column {o.Column} like `{o.Name}`; if it is part of the text, write `{o.Name}: |` and indent the text on the lines below");
        }
        return ($"`{name}` cannot start a field here", GenericHint);
    }

    /// <summary>A line with no key that follows a value: the value's text going on at too little indentation.</summary>
    private static (string, string)? ContinuedValue(YamlLines lines, int above, int line)
    {
        // The key whose value the lines above belong to: the nearest line with a key that is less indented than they are.
        var owner = above;
        while (owner > 0 && lines.Key(owner) is null) owner = lines.Previous(owner);
        if (owner == 0 || lines.Key(owner) is not { } key) return null;
        var value = lines.Value(owner);
        var indent = lines.Indent(line);
        var spaces = indent == 0 ? "it is not indented" : $"it is indented by {indent} space{(indent == 1 ? "" : "s")}";
        if (value is ['|' or '>', ..])
        {
            var first = lines.Next(owner);
            if (first == line)
                return ($"the text of `{key.Name}: {value[0]}` starts on this line, but {spaces} under `{key.Name}`, so YAML cannot read it as that text",
                    $"indent every line of `{key.Name}`'s text by {key.Column + 1} spaces");
            var textIndent = lines.Indent(first);
            var less = indent == 0 ? "is not indented like the text above it" : $"is indented by {indent} space{(indent == 1 ? "" : "s")}, less than the {textIndent} of the text above it";
            return ($"this line is part of `{key.Name}`'s text (the '{value[0]}' on line {lines.InFile(owner)}) but {less}, so YAML cannot read it",
                $"indent every line of `{key.Name}`'s text by the same {textIndent} spaces");
        }
        if (value.Length > 0 && value[0] is not ('"' or '\'' or '[' or '{'))
            return ($"this line goes on from `{key.Name}`'s value on line {lines.InFile(owner)}, but {spaces}, so YAML cannot tell it is part of that value",
                $"put `{key.Name}`'s whole value on one line, or write `{key.Name}: |` and indent its lines below it by {key.Column + 1} spaces");
        return null;
    }

    /// <summary>A key line indented differently from the keys beside it.</summary>
    private static (string, string)? Misindented(YamlLines lines, int line, string name)
    {
        var indent = lines.Indent(line);
        for (var l = lines.Previous(line); l > 0; l = lines.Previous(l))
        {
            if (lines.Key(l) is not { } other || other.Column - 1 == indent) continue;
            return ($"`{name}` starts in column {indent + 1}, but `{other.Name}` above it (line {lines.InFile(l)}) starts in column {other.Column}, and YAML groups keys by the column they start in",
                $"start `{name}` in the same column as the key it belongs beside, with spaces only");
        }
        return null;
    }

    private static (string, string)? DuplicateKey(YamlLines lines, int line, int column)
    {
        var text = lines[line];
        var end = text.IndexOf(':', Math.Min(text.Length, column - 1));
        if (end < 0) return null;
        var name = text[(column - 1)..end].Trim().Trim('"', '\'');
        if (name.Length == 0) return null;
        for (var l = lines.Previous(line); l > 0 && lines.Indent(l) >= column - 1; l = lines.Previous(l))
        {
            if (lines.Key(l) is { } k && k.Name == name && k.Column == column)
                return ($"`{name}` is given twice in the same place: on line {lines.InFile(l)} and here", $"keep one `{name}:` and delete the other");
        }
        return ($"`{name}` is given twice in the same place", $"keep one `{name}:` and delete the other");
    }

    /// <summary>A line that starts with '-' and no space after it, the first of such lines above it, where YAML expected list items.</summary>
    private static (int Line, int Column)? DashWithoutSpace(YamlLines lines, int line)
    {
        static bool Dashed(YamlLines lines, int l) => lines.At(l, lines.Indent(l) + 1) == '-' && lines.At(l, lines.Indent(l) + 2) is not (' ' or '\0' or '-');
        if (!Dashed(lines, line)) return null;
        var first = line;
        while (lines.Previous(first) is > 0 and var p && Dashed(lines, p) && lines.Indent(p) == lines.Indent(line)) first = p;
        return (first, lines.Indent(first) + 1);
    }

    /// <summary>A value that starts with '-' and no space after it, which YAML read as text where a list was meant.</summary>
    public static (string Message, string Hint)? DashedText(YamlLines lines, int line, int column) =>
        lines.At(line, column) == '-' && lines.At(line, column + 1) is not (' ' or '\0' or '-') ? DashMessage(lines, line, column) : null;

    private static (string, string) DashMessage(YamlLines lines, int line, int? column = null, int? readOn = null)
    {
        var text = lines[line];
        var item = text[Math.Min(text.Length, (column ?? lines.Indent(line) + 1) - 1)..].Trim();
        var word = item.Split(' ', 2)[0].TrimEnd(':');
        return ($"`{word}` has no space after its '-', so YAML {(readOn is { } r ? $"does not read it as a list item, and reads line {lines.InFile(r)} as more of its text" : "reads it as text, not as a list item")}",
            $"put a space after {(column is null ? "the" : "each")} dash: `- {item[1..]}`");
    }

    /// <summary>A line <c>key:value</c>, which YAML reads as text with no key.</summary>
    private static YamlMistake? NoSpaceAfterColon(YamlLines lines, int line)
    {
        if (lines.Key(line) is not null) return null;
        var text = lines[line];
        var indent = lines.Indent(line);
        var colon = text.IndexOf(':', indent);
        if (colon <= indent || colon + 1 >= text.Length || text[colon + 1] is ' ' or '/') return null;
        var name = text[indent..colon];
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return null;
        return new YamlMistake(line, colon + 1, $"`{text.Trim()}` has no space after the ':', so YAML reads it as text, not as `{name}` and its value",
            $"put a space after the colon: `{name}: {text[(colon + 1)..].Trim()}`");
    }

    /// <summary>An example indentation for a line that had a tab, from the line above it.</summary>
    private static string IndentExample(YamlLines lines, int line)
    {
        var above = lines.Previous(line);
        var opens = lines.Key(above) is not null && lines.Value(above) is "" or ['|' or '>', ..];
        var spaces = above == 0 ? 0 : lines.Indent(above) + (opens ? 2 : 0);
        return spaces == 0 ? ", or start the line in column 1" : $": {spaces} here, as {(opens ? "the line above opens it" : "the line above has")}";
    }

    /// <summary>The line with <paramref name="close"/> put at the end of its text, before any comment.</summary>
    private static string Closed(YamlLines lines, int line, char close)
    {
        var text = lines[line].Trim();
        return text.IndexOf(" #", StringComparison.Ordinal) is >= 0 and var comment && close is ']' or '}'
            ? $"{text[..comment].TrimEnd()}{Spaced(text, close)}{text[comment..]}"
            : $"{text}{Spaced(text, close)}";

        // "{ name: Matt" closes as "{ name: Matt }", "[a" as "[a]".
        static string Spaced(string text, char close) =>
            close is ']' or '}' && text.Contains(close == ']' ? "[ " : "{ ", StringComparison.Ordinal) ? $" {close}" : $"{close}";
    }

    private static string Quote(char c) => c == '"' ? "double quote `\"`" : "single quote `'`";

    /// <summary>The text meant: without the quotes when it is wrapped in them, else as written (<c>'Tis</c> keeps its apostrophe).</summary>
    private static string Unquoted(string value) =>
        value.Length >= 2 && value[^1] == value[0] ? value[1..^1] : value;

    /// <summary>A value in the quotes that need no escaping: double quotes unless it holds one, then single with any ' doubled.</summary>
    private static string Quoted(string value) =>
        !value.Contains('"') && !value.Contains('\\') ? $"\"{value}\"" : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>The parser's own words, without the position it prefixes them with.</summary>
    private static string? ParserWords(Exception error) => error switch
    {
        InvalidOperationException => null, // YamlDotNet's own state, not a word about the YAML
        ArgumentException a => a.Message.Split(" (Parameter", 2)[0].TrimEnd('.'),
        _ => (error.InnerException?.Message ?? error.Message).Split("): ", 2)[^1].TrimEnd('.'),
    };
}
