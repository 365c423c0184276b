using System.Globalization;
using System.Text;

namespace RunnersQA.Tools.Corpus;

/// <summary>
/// Writes a synthetic input/ folder in the content format: <see cref="ExpertCount"/> experts, the tags of
/// <see cref="Vocabulary.Tags"/> drawn with a Zipf-like distribution, questions and answers of varied length,
/// answers with headings, lists, links and some exercises, dates spread over years, and, given a word list, words
/// drawn from it by a Zipf law (docs/benchmarks.md describes the corpus). The same seed always gives the same files.
/// With <paramref name="trust"/>, it adds reviews, sources, corrections, medical tags, disclosures and registrations,
/// drawn from a generator of their own so that the rest of the corpus is byte for byte what it is without them.
/// </summary>
internal sealed class CorpusWriter(int seed, ZipfWords? words = null, bool trust = false)
{
    private const int ExpertCount = 20;
    private const int MedicalTags = 3;
    private static readonly DateOnly LatestReview = new(2026, 11, 1);
    private readonly Random _random = new(seed);
    private readonly Random _trust = new(seed ^ 0x7457);

    public int Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.yml"),
            "title: Runners' Q&A (benchmark corpus)\ndescription: A synthetic corpus for measuring RunnersQA.\n" +
            "base_url: https://bench.example.org/\nlanguage: en-GB\ndisclaimer: General advice, not a diagnosis.\nper_page: 20\n" +
            // Long enough that no review of the corpus is overdue: a benchmark measures the rule, not thousands of warnings.
            (trust ? "review_every: 10 years\n" : ""));
        WriteTags(folder);
        var experts = WriteExperts(folder);
        var slugs = new List<string>();
        var start = new DateOnly(2021, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays((int)((long)i * 1800 / count));
            var slug = $"q{i:D6}-{Pick(Vocabulary.BodyParts).Replace(' ', '-')}-{Pick(Vocabulary.Symptoms).Split(' ')[^1]}";
            var dir = Path.Combine(folder, "answers", date.Year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var expert = Pick(experts);
            var answer = Answer(date, expert, slugs);
            File.WriteAllText(Path.Combine(dir, slug + ".md"), trust ? WithTrust(answer, date, expert, experts) : answer);
            slugs.Add(slug);
        }
        return count;
    }

    private void WriteTags(string folder)
    {
        var text = new StringBuilder();
        foreach (var (tag, i) in Vocabulary.Tags.Select((t, i) => (t, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{tag}:\n  name: {char.ToUpperInvariant(tag[0])}{tag[1..].Replace('-', ' ')}\n  description: Answers about {tag.Replace('-', ' ')}.\n");
            if (trust && i < MedicalTags)
                text.Append(CultureInfo.InvariantCulture, $"  medical: true\n  review_every: 8 years\n  see_a_clinician: See a physiotherapist if {tag.Replace('-', ' ')} lasts more than three weeks.\n");
        }
        File.WriteAllText(Path.Combine(folder, "tags.yml"), text.ToString());
    }

    private string[] WriteExperts(string folder)
    {
        var dir = Path.Combine(folder, "experts");
        Directory.CreateDirectory(dir);
        var ids = new string[ExpertCount];
        for (var i = 0; i < ExpertCount; i++)
        {
            var name = $"{Vocabulary.FirstNames[i % Vocabulary.FirstNames.Length]} Expert{i + 1}";
            ids[i] = $"expert-{i + 1}";
            File.WriteAllText(Path.Combine(dir, ids[i] + ".md"),
                $"---\nname: {name}\nrole: {Pick(Vocabulary.Roles)}\ncredentials: [MSc Sport Science, {10 + i} years of practice]\n" +
                $"links:\n  website: https://example.org/experts/{ids[i]}\n" +
                (trust && i % 3 == 0 ? $"registration: {{ body: Health and Care Professions Council, number: PH{10000 + i}, url: https://example.org/register/PH{10000 + i} }}\n" : "") +
                (trust && i % 4 == 0 ? $"disclosures: [Paid ambassador for a shoe brand since {2015 + i}.]\n" : "") +
                $"---\n{name} has worked with runners for {10 + i} years. {Sentences(4)}\n");
        }
        return ids;
    }

    private string Answer(DateOnly date, string expert, List<string> earlier)
    {
        var part = Pick(Vocabulary.BodyParts);
        var symptom = Pick(Vocabulary.Symptoms);
        var context = Pick(Vocabulary.Contexts);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: Why do I get {symptom} in my {part} {context}?\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n");
        text.Append("question: |\n  ");
        text.Append(CultureInfo.InvariantCulture, $"I have been running for {2 + _random.Next(20)} years and I am training for {Pick(Vocabulary.Goals)}. ");
        text.Append(CultureInfo.InvariantCulture, $"Lately I get {symptom} in my {part} {context}. ");
        text.Append(Words(50 + _random.Next(90)).Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"asker: {{ name: {Pick(Vocabulary.FirstNames)}, location: {Pick(Vocabulary.Places)} }}\n");
        text.Append(CultureInfo.InvariantCulture, $"expert: {expert}\n");
        text.Append("tags: [").Append(string.Join(", ", ZipfTags(2 + _random.Next(4)))).Append("]\n");
        var exercises = _random.Next(4);
        if (exercises > 0)
        {
            text.Append("exercises:\n");
            for (var e = 0; e < exercises; e++)
                text.Append(CultureInfo.InvariantCulture, $"  - title: {char.ToUpperInvariant(part[0])}{part[1..]} routine {e + 1}\n    url: https://www.youtube.com/watch?v=v{_random.Next(1_000_000_000):D10}\n    kind: video\n    minutes: {5 + _random.Next(20)}\n");
        }
        text.Append("---\n");
        var target = 400 + _random.Next(500);
        var written = 0;
        while (written < target)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {Capitalise(Pick(Vocabulary.Advice))}\n\n");
            var paragraph = Sentences(3 + _random.Next(4));
            text.Append(paragraph).Append("\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- {Capitalise(Pick(Vocabulary.Advice))}.\n- {Capitalise(Pick(Vocabulary.Advice))}.\n\n");
            if (earlier.Count > 0 && _random.Next(4) == 0)
                text.Append(CultureInfo.InvariantCulture, $"There is more in [an earlier answer](/answers/{earlier[_random.Next(earlier.Count)]}/).\n\n");
            written += paragraph.Split(' ').Length + 30;
        }
        return text.ToString();
    }

    /// <summary>
    /// The answer with a review by another expert (half of them), sources (a third, and every one with a medical
    /// tag, so that none is warned about) and a correction (one in thirty), put before the closing <c>---</c>.
    /// </summary>
    private string WithTrust(string answer, DateOnly date, string expert, string[] experts)
    {
        var end = answer.IndexOf("\n---\n", StringComparison.Ordinal) + 1;
        var tags = answer[answer.IndexOf("tags: [", StringComparison.Ordinal)..].Split('\n')[0];
        var medical = Vocabulary.Tags.Take(MedicalTags).Any(t => tags.Contains(t, StringComparison.Ordinal));
        var extra = new StringBuilder();
        if (_trust.Next(2) == 0)
        {
            var reviewer = experts[_trust.Next(experts.Length)];
            if (reviewer != expert)
                extra.Append(CultureInfo.InvariantCulture, $"reviewed_by: {reviewer}\nreviewed: {Earliest(date.AddDays(_trust.Next(400)), LatestReview):yyyy-MM-dd}\n");
        }
        if (medical || _trust.Next(3) == 0)
        {
            extra.Append("sources:\n");
            for (var s = 0; s <= _trust.Next(3); s++)
            {
                var id = 10_000_000 + _trust.Next(30_000_000);
                extra.Append(CultureInfo.InvariantCulture,
                    $"  - title: A trial of {Pick(Vocabulary.Advice, _trust)} for {Pick(Vocabulary.Symptoms, _trust)}\n    url: https://pubmed.ncbi.nlm.nih.gov/{id}/\n    doi: 10.5555/bench.{id}\n    pmid: {id}\n");
            }
        }
        if (_trust.Next(30) == 0)
            extra.Append(CultureInfo.InvariantCulture,
                $"corrections:\n  - date: {Earliest(date.AddDays(1 + _trust.Next(200)), LatestReview):yyyy-MM-dd}\n    text: An earlier version gave the wrong number of sets; it is three.\n");
        return answer.Insert(end, extra.ToString());
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Tags with a Zipf-like skew: the first tags are common, the last ones rare.</summary>
    private IEnumerable<string> ZipfTags(int count)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            var rank = (int)Math.Floor(Math.Pow(Vocabulary.Tags.Length + 1, _random.NextDouble())) - 1;
            chosen.Add(Math.Clamp(rank, 0, Vocabulary.Tags.Length - 1));
        }
        return chosen.Select(i => Vocabulary.Tags[i]);
    }

    private string Sentences(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(_random.Next(3) == 0 ? Pick(Vocabulary.Fillers) : $"For {Pick(Vocabulary.Symptoms)} in the {Pick(Vocabulary.BodyParts)}, {Pick(Vocabulary.Advice)}.");
            // Real prose uses many words few answers share: without them every word of the index would be common.
            if (words is not null)
                text.Append(CultureInfo.InvariantCulture, $" {Capitalise(words.Draw(_random))} and {words.Draw(_random)} {Pick(Vocabulary.Linkers)} {words.Draw(_random)} {words.Draw(_random)}.");
        }
        return text.ToString();
    }

    private string Words(int count)
    {
        var text = new StringBuilder();
        while (text.Length < count * 6) text.Append(Sentences(1)).Append(' ');
        return text.ToString().TrimEnd();
    }

    private T Pick<T>(IReadOnlyList<T> items, Random? random = null) => items[(random ?? _random).Next(items.Count)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
