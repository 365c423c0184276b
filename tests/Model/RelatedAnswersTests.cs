using RunnersQA.Content;
using RunnersQA.Model;
using RunnersQA.Templates;

namespace RunnersQA.Tests.Model;

/// <summary>
/// Related answers, found through lists per combination of tags, are exactly those that counting shared tags
/// against every other answer finds: most shared tags first, the newest first among equals, then the newest
/// answers to make up three.
/// </summary>
public sealed class RelatedAnswersTests
{
    private static readonly Expert Someone = new("someone", "Someone", "Coach", ValueList<string>.Empty, null, HtmlString.Empty, "",
        ValueList<ExpertLink>.Empty, "/experts/someone/", new Uri("https://example.org/experts/someone/"), 0);

    [Theory]
    [InlineData(1, 400, 8)]     // few tags: many answers share all of them
    [InlineData(2, 2000, 40)]   // a long tail, one tag on most answers
    [InlineData(3, 30, 60)]     // many tags, few answers: most share one tag or none
    public void Match_counting_against_every_answer(int seed, int count, int tagCount)
    {
        var random = new Random(seed);
        var tags = Enumerable.Range(0, tagCount).Select(t => new Term($"tag-{t}", $"Tag {t}", "", $"/tags/tag-{t}/", 0, Tags)).ToArray();
        // Tag t is drawn with weight 1/(t+1), so a few tags are on most answers, as on a real column.
        var weights = Enumerable.Range(1, tagCount).Select(t => 1.0 / t).ToArray();
        var answers = Enumerable.Range(0, count).Select(i =>
        {
            var chosen = new HashSet<Term>();
            var wanted = random.Next(0, 7);
            while (chosen.Count < wanted) chosen.Add(tags[Pick(random, weights)]);
            return AnswerWith($"answer-{i}", chosen);
        }).ToArray();

        var found = RelatedAnswers.Find(answers);

        for (var i = 0; i < count; i++) Assert.Equal(Counted(answers, i), found[i]);
    }

    /// <summary>The plain way: count shared tags against every other answer and sort.</summary>
    private static int[] Counted(Answer[] answers, int self)
    {
        var mine = answers[self].Tags.Select(t => t.Id).ToHashSet();
        var sharing = Enumerable.Range(0, answers.Length).Where(j => j != self)
            .Select(j => (j, Shared: answers[j].Tags.Count(t => mine.Contains(t.Id))))
            .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ThenBy(x => x.j).Take(RelatedAnswers.Most).Select(x => x.j).ToList();
        for (var j = 0; sharing.Count < RelatedAnswers.Least && j < answers.Length; j++)
        {
            if (j != self && !sharing.Contains(j)) sharing.Add(j);
        }
        return [.. sharing];
    }

    private static int Pick(Random random, double[] weights)
    {
        var at = random.NextDouble() * weights.Sum();
        for (var t = 0; t < weights.Length; t++)
        {
            at -= weights[t];
            if (at <= 0) return t;
        }
        return weights.Length - 1;
    }

    private static readonly Taxonomy Tags = new("tags", "tag", "Tags", "Tag", "", "tags/", "/tags/");

    private static Answer AnswerWith(string slug, IEnumerable<Term> tags) => new(slug, slug, $"/answers/{slug}/",
        new Uri($"https://example.org/answers/{slug}/"), "", "", HtmlString.Empty, HtmlString.Empty, "", "", Asker.Anonymous, Someone,
        [new TermList(Tags, tags.ToValueList())], ValueList<Exercise>.Empty, DisplayDate.From(new DateOnly(2026, 1, 1), System.Globalization.CultureInfo.InvariantCulture, "d MMMM yyyy"),
        null, 1, ValueList<string>.Empty);
}
