using RunnersQA.Cli;
using RunnersQA.Content.Fields;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>
/// What the fixtures of RQA040 to RQA042 do not show: a review given half, the hints for a DOI or PubMed id written
/// the usual wrong ways, the most sources an answer takes, and the hint's example for a medical answer without any.
/// </summary>
public sealed class TrustRuleTests : IDisposable
{
    private const string Answer = "answers/2026/sore-knees.md";
    private readonly TempSite _site = TempSite.FromFixture("minimal");

    public TrustRuleTests() => _site.WriteInput("experts/priya-nair.md", "---\nname: Dr Priya Nair\nrole: Sports physician\n---\nPriya treats runners.\n");

    public void Dispose() => _site.Dispose();

    /// <summary>The diagnostics check prints, each as its line and its hint.</summary>
    private List<(string Line, string Hint)> Check()
    {
        var lines = CliRun.Invoke("check", "--input", _site.Input).StdoutLines;
        return [.. lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(": error RQA", StringComparison.Ordinal) || x.l.Contains(": warning RQA", StringComparison.Ordinal))
            .Select(x => (x.l, lines[x.i + 1]))];
    }

    private void AddToFrontMatter(string yaml) => _site.Replace(Answer, "expert: rachel-moss\n", "expert: rachel-moss\n" + yaml);

    [Theory]
    [InlineData("reviewed_by: priya-nair\n", "9:14: error RQA002: `reviewed_by: priya-nair` has no `reviewed:` date with it")]
    [InlineData("reviewed_by: priya-nair\nreviewed: 20/11/2026\n", "9:14: error RQA002: `reviewed_by: priya-nair` has no `reviewed:` date with it")]
    [InlineData("reviewed: 2026-11-20\n", "9:11: error RQA002: `reviewed: 2026-11-20` does not say who reviewed the answer")]
    public void A_review_needs_both_who_and_when(string yaml, string expected)
    {
        AddToFrontMatter(yaml);

        Assert.Contains(Check(), d => d.Line.Contains(Answer + ":" + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_by_another_expert_with_its_date_is_fine()
    {
        AddToFrontMatter("reviewed_by: priya-nair\nreviewed: 2026-04-01\n");

        Assert.Empty(Check());
    }

    [Fact]
    public void A_reviewer_who_is_no_expert_gets_the_nearest_id()
    {
        AddToFrontMatter("reviewed_by: priya\nreviewed: 2026-04-01\n");

        var (line, hint) = Assert.Single(Check());
        Assert.Contains(":9:14: error RQA040: no expert has the id 'priya'", line);
        Assert.Equal("  hint: did you mean 'priya-nair'? The id is the file name in experts/ without '.md'", hint);
    }

    /// <summary>A DOI is text with a pattern (RQA041); a PubMed id a whole number, so the loader reports anything else (RQA008).</summary>
    [Theory]
    [InlineData("doi: https://doi.org/10.1136/bjsports-2018-099395", "RQA041", "`doi: 10.1136/bjsports-2018-099395`")]
    [InlineData("doi: \"doi:10.1136/bjsports-2018-099395\"", "RQA041", "`doi: 10.1136/bjsports-2018-099395`")]
    [InlineData("doi: \"30287484\"", "RQA041", "write it as `pmid: 30287484`")]
    [InlineData("doi: bjsports-2018-099395", "RQA041", "a DOI starts with `10.`")]
    [InlineData("pmid: \"PMID: 30287484\"", "RQA008", "write the number alone: `pmid: 30287484`")]
    [InlineData("pmid: https://pubmed.ncbi.nlm.nih.gov/30287484/", "RQA008", "write the number alone: `pmid: 30287484`")]
    [InlineData("pmid: 10.1136/bjsports-2018-099395", "RQA008", "that is a value for `doi`: write it as `doi: 10.1136/bjsports-2018-099395`")]
    public void A_doi_or_pubmed_id_written_the_usual_wrong_ways_gets_a_hint_that_fixes_it(string written, string code, string hint)
    {
        _site.Replace(Answer, "exercises:\n", $"sources:\n  - title: A consensus statement\n    url: https://example.org/statement\n    {written}\nexercises:\n");

        var (line, said) = Assert.Single(Check());
        Assert.Contains(":13:", line);
        Assert.Contains("error " + code, line);
        Assert.Contains(hint, said);
    }

    [Fact]
    public void The_identifiers_as_declared_are_fine()
    {
        _site.Replace(Answer, "exercises:\n",
            $"sources:\n  - {{ title: A consensus statement, url: \"https://example.org/s\", {AnswerFields.SourceDoi.Example}, {AnswerFields.SourcePmid.Example} }}\nexercises:\n");

        Assert.Empty(Check());
    }

    [Fact]
    public void More_sources_than_declared_are_refused_at_the_first_too_many()
    {
        var most = AnswerFields.Sources.MaxItems;
        var sources = string.Concat(Enumerable.Range(1, most + 1).Select(i => $"  - {{ title: Study {i}, url: \"https://example.org/{i}\" }}\n"));
        _site.Replace(Answer, "exercises:\n", "sources:\n" + sources + "exercises:\n");

        var (line, _) = Assert.Single(Check());
        var column = File.ReadAllLines(_site.InputPath(Answer))[10 + most].IndexOf($"Study {most + 1}", StringComparison.Ordinal) + 1;
        Assert.Contains($":{11 + most}:{column}: error RQA013: `sources` has {most + 1} items; at most {most}", line);
    }

    [Fact]
    public void A_medical_answer_without_sources_is_shown_how_to_add_one()
    {
        _site.Replace("tags.yml", "  name: Knee pain\n", "  name: Knee pain\n  medical: true\n");

        var (line, hint) = Assert.Single(Check());
        Assert.Contains(":9:8: warning RQA042", line);
        Assert.Contains($"`sources: [{{ {AnswerFields.SourceTitle.Example}, {AnswerFields.SourceUrl.Example} }}]`", hint);
    }
}
