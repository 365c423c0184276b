namespace RunnersQA.Tests.Support;

/// <summary>Lines and columns (1-based, as editors count them) of text in a file the test wrote.</summary>
internal static class TextPosition
{
    /// <summary>
    /// The position of <paramref name="value"/> on the one line that contains <paramref name="line"/>
    /// (searched from where <paramref name="line"/> starts on it).
    /// </summary>
    public static (int Line, int Column) Of(string text, string line, string value)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(line, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected one line containing '{line}', found {matches.Count}");
        var index = matches[0];
        var column = lines[index].IndexOf(value, lines[index].IndexOf(line, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(column >= 0, $"'{value}' is not on the line '{lines[index]}'");
        return (index + 1, column + 1);
    }
}
