namespace RunnersQA.Bench;

/// <summary>
/// The labelled data folder (bench/SearchQuality by default): hand-written answers in <c>answers/*.md</c>, an optional
/// <c>synonyms.yml</c>, and <c>queries.tsv</c>, the queries and the answer each should find.
/// </summary>
public sealed class QualityData
{
    /// <summary>The year folder the hand-written answers go in, among the corpus's answers.</summary>
    public const string AnswersYear = "2025";

    private QualityData(string folder, IReadOnlyList<string> answers, string? synonyms, IReadOnlyList<LabelledQuery> queries)
    {
        Folder = folder;
        Answers = answers;
        Synonyms = synonyms;
        Queries = queries;
    }

    public string Folder { get; }
    public IReadOnlyList<string> Answers { get; }
    public string? Synonyms { get; }
    public IReadOnlyList<LabelledQuery> Queries { get; }

    /// <summary>Reads the folder before anything slow runs, so a mistake in it fails at once.</summary>
    public static QualityData Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new InvalidDataException($"the data folder {folder} does not exist");
        var queries = Path.Combine(folder, "queries.tsv");
        if (!File.Exists(queries)) throw new InvalidDataException($"{queries} is missing");
        var answersFolder = Path.Combine(folder, "answers");
        var answers = Directory.Exists(answersFolder) ? Directory.GetFiles(answersFolder, "*.md").Order(StringComparer.Ordinal).ToList() : [];
        var synonyms = Path.Combine(folder, "synonyms.yml");
        return new QualityData(folder, answers, File.Exists(synonyms) ? synonyms : null, LabelledQuery.ReadAll(queries));
    }

    /// <summary>Adds the hand-written answers (as answers/2025/&lt;same name&gt;) and synonyms.yml to a generated input folder.</summary>
    public void CopyInto(string input)
    {
        var year = Path.Combine(input, "answers", AnswersYear);
        Directory.CreateDirectory(year);
        foreach (var answer in Answers)
        {
            var target = Path.Combine(year, Path.GetFileName(answer));
            if (File.Exists(target)) throw new InvalidDataException($"{answer}: the corpus already has an answer named {Path.GetFileName(answer)}");
            File.Copy(answer, target);
        }
        if (Synonyms is not null) File.Copy(Synonyms, Path.Combine(input, "synonyms.yml"), overwrite: true);
    }

    /// <summary>Fails when a query expects an answer the built site does not have (a mistyped slug would count as a miss).</summary>
    public void CheckExpectedAnswers(string site)
    {
        var missing = Queries.Where(q => !File.Exists(Path.Combine(site, "answers", q.ExpectedSlug, "index.html")))
            .Select(q => $"'{q.Query}' expects '{q.ExpectedSlug}'").ToList();
        if (missing.Count > 0)
            throw new InvalidDataException("queries.tsv expects answers the site does not have:\n  " + string.Join("\n  ", missing));
    }
}
