namespace RunnersQA.Bench;

/// <summary>Rows of cells, printed as aligned plain text or as Markdown; figures (every column but the first) align right.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        _rows.Add(cells);
    }

    public void Write(TextWriter output, bool markdown)
    {
        if (markdown)
        {
            output.WriteLine("| " + string.Join(" | ", headers) + " |");
            output.WriteLine("|" + string.Join("|", headers.Select((_, i) => i == 0 ? " --- " : " ---: ")) + "|");
            foreach (var row in _rows) output.WriteLine("| " + string.Join(" | ", row) + " |");
            return;
        }
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        output.WriteLine(Line(headers));
        output.WriteLine(Line([.. widths.Select(w => new string('-', w))]));
        foreach (var row in _rows) output.WriteLine(Line(row));
    }
}
