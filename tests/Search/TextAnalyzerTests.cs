using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>Analysis steps 1-5 of docs/search.md: the browser must split a query into the same terms.</summary>
public sealed class TextAnalyzerTests
{
    private static string[] Words(string text) => [.. TextAnalyzer.Analyze(text).Select(t => t.Word)];
    private static string[] Stems(string text) => [.. TextAnalyzer.Analyze(text).Select(t => t.Stem)];

    [Fact]
    public void Case_and_accents_are_folded() =>
        Assert.Equal(["cafe", "naive", "zurich", "knee"], Words("CAFÉ naïve Zürich KNEE"));

    [Fact]
    public void Compatibility_forms_are_decomposed() =>
        // NFKD turns the "fi" ligature and full-width letters into plain letters.
        Assert.Equal(["fit", "run"], Words("\uFB01t ｒｕｎ"));

    [Fact]
    public void Apostrophes_are_deleted_not_split() =>
        Assert.Equal(["runners", "shoes", "achilles", "tendon"], Words("runner's shoes, Achilles\u2019 tendon"));

    [Fact]
    public void Contractions_become_stop_words() => Assert.Empty(Words("doesn't, don't, I'm, it's"));

    [Fact]
    public void Tokens_are_runs_of_letters_and_digits() =>
        Assert.Equal(["10k", "race", "5", "km", "2x400m", "knee", "pain"], Words("10k-race: 5 km (2x400m) knee_pain"));

    [Fact]
    public void Stop_words_are_dropped()
    {
        Assert.Equal(["knees", "sore", "miles"], Words("Why do my knees get sore a few miles in?").Where(w => w != "get"));
        Assert.All(Words("the and of to in is it"), w => Assert.Fail($"stop word {w} kept"));
    }

    [Fact]
    public void Stop_words_are_lower_case_tokens()
    {
        Assert.InRange(TextAnalyzer.StopWords.Count, 100, 160);
        Assert.All(TextAnalyzer.StopWords, w => Assert.Empty(Words(w.ToUpperInvariant())));
        Assert.All(TextAnalyzer.StopWords, w => Assert.Matches("^[a-z0-9]+$", w));
    }

    [Fact]
    public void Tokens_carry_their_stems()
    {
        var tokens = TextAnalyzer.Analyze("Stretching sore knees after injuries");
        Assert.Equal([("stretching", "stretch"), ("sore", "sore"), ("knees", "knee"), ("injuries", "injuri")], tokens);
    }

    [Fact]
    public void Injury_and_injuries_meet() => Assert.Equal(Stems("injury"), Stems("injuries"));

    [Fact]
    public void Empty_and_symbol_only_text_has_no_tokens()
    {
        Assert.Empty(TextAnalyzer.Analyze(""));
        Assert.Empty(TextAnalyzer.Analyze("— … !? 🏃‍♀️"));
    }

    [Fact]
    public void Long_tokens_are_kept_whole()
    {
        var word = new string('k', 500);
        Assert.Equal(word, Assert.Single(Words(word)));
    }
}
