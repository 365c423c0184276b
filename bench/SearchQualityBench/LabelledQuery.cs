namespace RunnersQA.Bench;

/// <summary>
/// A query a reader might type, its class (what kind of query it is: a synonym, a misspelling, ...) and the slug
/// of the answer that should come first.
/// </summary>
public sealed record LabelledQuery(string Class, string Query, string ExpectedSlug)
{
    /// <summary>
    /// Reads a tab-separated file: a header line, then <c>class, query, expected slug</c> a line. Blank lines and
    /// lines starting with <c>#</c> are skipped.
    /// </summary>
    public static IReadOnlyList<LabelledQuery> ReadAll(string path)
    {
        var queries = new List<LabelledQuery>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length != 3 || cells.Any(c => c.Length == 0))
                throw new InvalidDataException($"{path}:{i + 1}: expected three tab-separated cells (class, query, expected slug), got '{line}'");
            queries.Add(new LabelledQuery(cells[0], cells[1], cells[2]));
        }
        if (queries.Count == 0) throw new InvalidDataException($"{path}: no queries under the header line");
        return queries;
    }
}
