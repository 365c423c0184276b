namespace RunnersQA.Content;

/// <summary>
/// A YAML text's lines as a person reads them (1-based, as YamlDotNet's marks): the indentation, the key a line
/// starts with and where its value starts. What <see cref="YamlMistake"/> looks at around a parser's mark.
/// </summary>
internal sealed class YamlLines
{
    private readonly string[] _lines;
    private readonly int _firstLine;

    /// <param name="firstLine">The line of its file the text starts on (2 for front matter), for <see cref="InFile"/>.</param>
    public YamlLines(string yaml, int firstLine = 1)
    {
        _firstLine = firstLine;
        _lines = yaml.Split('\n');
        for (var i = 0; i < _lines.Length; i++) _lines[i] = _lines[i].TrimEnd('\r');
    }

    /// <summary>The file's line number of a line of this text, as messages name it.</summary>
    public int InFile(int line) => line + _firstLine - 1;

    /// <summary>The last line with any text (a final line break opens no line of its own).</summary>
    public int Count => _lines.Length > 1 && _lines[^1].Length == 0 ? _lines.Length - 1 : _lines.Length;

    /// <summary>The line's text, or "" for a line outside the text.</summary>
    public string this[int line] => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    /// <summary>The character at a 1-based column, or '\0' outside the line.</summary>
    public char At(int line, int column)
    {
        var text = this[line];
        return column >= 1 && column <= text.Length ? text[column - 1] : '\0';
    }

    /// <summary>The spaces before the line's first other character.</summary>
    public int Indent(int line)
    {
        var text = this[line];
        var n = 0;
        while (n < text.Length && text[n] == ' ') n++;
        return n;
    }

    /// <summary>A line with nothing to read: empty, spaces, or a comment.</summary>
    public bool IsBlank(int line) => this[line].Trim() is "" or ['#', ..];

    /// <summary>The nearest line above <paramref name="line"/> that is not blank, or 0.</summary>
    public int Previous(int line)
    {
        for (var l = Math.Min(line, Count + 1) - 1; l >= 1; l--)
            if (!IsBlank(l)) return l;
        return 0;
    }

    /// <summary>The nearest line below <paramref name="line"/> that is not blank, or 0.</summary>
    public int Next(int line)
    {
        for (var l = Math.Max(line, 0) + 1; l <= Count; l++)
            if (!IsBlank(l)) return l;
        return 0;
    }

    /// <summary>The first line at or before <paramref name="last"/> whose indentation holds a tab, with the tab's column.</summary>
    public (int Line, int Column)? LeadingTab(int last)
    {
        for (var l = 1; l <= Math.Min(last, Count); l++)
        {
            var text = this[l];
            for (var c = 0; c < text.Length && text[c] is ' ' or '\t'; c++)
                if (text[c] == '\t') return (l, c + 1);
        }
        return null;
    }

    /// <summary>
    /// The key the line starts with, after its indentation and any list dashes (<c>- </c>): its name, its 1-based
    /// column, and the column its value starts in (past the line's end when nothing follows the ':'). A dash with
    /// no space after it is part of the name, as YAML reads it: <c>-title: a</c> has the key <c>-title</c>.
    /// </summary>
    public (string Name, int Column, int ValueColumn)? Key(int line)
    {
        var text = this[line];
        var i = Indent(line);
        while (i + 1 < text.Length && text[i] == '-' && text[i + 1] == ' ')
        {
            i += 2;
            while (i < text.Length && text[i] == ' ') i++;
        }
        if (i >= text.Length) return null;
        var start = i;
        if (text[i] is '"' or '\'')
        {
            var close = text.IndexOf(text[i], i + 1);
            if (close < 0) return null;
            i = close + 1;
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length || text[i] != ':') return null;
        }
        else
        {
            if ("[]{}#&*!|>%@`,?:".Contains(text[i])) return null;
            while (true)
            {
                i = text.IndexOf(':', i);
                if (i < 0) return null;
                if (text.AsSpan(start, i - start).Contains(" #", StringComparison.Ordinal)) return null;
                if (i + 1 == text.Length || text[i + 1] is ' ' or '\t') break;
                i++;
            }
        }
        var name = text[start..i].TrimEnd().Trim('"', '\'');
        var value = i + 1;
        while (value < text.Length && text[value] is ' ' or '\t') value++;
        return (name, start + 1, value + 1);
    }

    /// <summary>The value written after the line's key, without a trailing comment; "" when there is none.</summary>
    public string Value(int line)
    {
        if (Key(line) is not { } key) return "";
        var text = this[line];
        if (key.ValueColumn > text.Length) return "";
        var value = text[(key.ValueColumn - 1)..];
        if (value[0] is not ('"' or '\'') && value.IndexOf(" #", StringComparison.Ordinal) is >= 0 and var comment) value = value[..comment];
        return value.TrimEnd();
    }

    /// <summary>
    /// The first '[' or '{' that opens a list or map and is never closed, outside quotes and comments, or null.
    /// Only a bracket where a value starts opens one (<c>title: Knees [part 2</c> is plain text).
    /// </summary>
    public (int Line, int Column, char Bracket)? UnclosedBracket()
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        char quote = '\0';
        for (var l = 1; l <= Count; l++)
        {
            var text = this[l];
            var valueStart = open.Count > 0 ? -1 : (Key(l) is { } key ? key.ValueColumn - 1 : Indent(l));
            if (open.Count == 0 && Key(l) is null) // a list item's value: "- [a, b]"
            {
                var i = Indent(l);
                while (i + 1 < text.Length && text[i] == '-' && text[i + 1] == ' ') { i += 2; while (i < text.Length && text[i] == ' ') i++; }
                valueStart = i;
            }
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (quote != '\0')
                {
                    if (ch == quote) quote = '\0';
                    continue;
                }
                if (ch == '#' && (c == 0 || text[c - 1] is ' ' or '\t')) break;
                if (open.Count == 0)
                {
                    if (c == valueStart && ch is '[' or '{') open.Push((l, c + 1, ch));
                    else if (c == valueStart && ch is '"' or '\'') quote = ch;
                    continue;
                }
                switch (ch)
                {
                    case '[' or '{': open.Push((l, c + 1, ch)); break;
                    case ']' or '}': open.Pop(); break;
                    case '"' or '\'' when c == 0 || text[c - 1] is ' ' or '[' or '{' or ',' or ':': quote = ch; break;
                }
            }
        }
        return open.Count == 0 ? null : open.Last();
    }
}
