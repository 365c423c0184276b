using RunnersQA.Search;

namespace RunnersQA.Tests.Search;

/// <summary>The stemmer is the original Porter (1980) algorithm: the browser's copy must give the same stems.</summary>
public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("knees", "knee")]
    [InlineData("stretching", "stretch")]
    [InlineData("injuries", "injuri")]
    [InlineData("injury", "injuri")]
    [InlineData("running", "run")]
    [InlineData("hamstrings", "hamstr")]
    public void Running_words_stem_as_documented(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    /// <summary>The examples of Porter's paper, step by step.</summary>
    [Theory]
    // Step 1a
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    // Step 1b
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    // Step 1c
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    // Step 2
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("valenci", "valenc")]
    [InlineData("digitizer", "digit")]
    [InlineData("conformabli", "conform")]
    [InlineData("radicalli", "radic")]
    [InlineData("differentli", "differ")]
    [InlineData("vileli", "vile")]
    [InlineData("analogousli", "analog")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("predication", "predic")]
    [InlineData("operator", "oper")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("callousness", "callous")]
    [InlineData("formaliti", "formal")]
    [InlineData("sensitiviti", "sensit")]
    [InlineData("sensibiliti", "sensibl")]
    // Step 3
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("formalize", "formal")]
    [InlineData("electriciti", "electr")]
    [InlineData("electrical", "electr")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    // Step 4
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("gyroscopic", "gyroscop")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("irritant", "irrit")]
    [InlineData("replacement", "replac")]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("homologou", "homolog")]
    [InlineData("communism", "commun")]
    [InlineData("activate", "activ")]
    [InlineData("angulariti", "angular")]
    [InlineData("homologous", "homolog")]
    [InlineData("effective", "effect")]
    [InlineData("bowdlerize", "bowdler")]
    // Step 5
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    public void Paper_vectors(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    /// <summary>
    /// Porter's published sample vocabulary (tests/Fixtures/porter), every lower-case a-z word of it: each stems to
    /// its line of Porter's output, but for words of one or two letters, which are kept.
    /// </summary>
    [Fact]
    public void Every_word_of_Porters_vocabulary_stems_to_Porters_output()
    {
        var vocabulary = PorterVocabulary.Load();
        Assert.True(vocabulary.Words.Length >= 20_000, $"only {vocabulary.Words.Length} words read");
        Assert.True(vocabulary.Skipped * 100 < vocabulary.Lines, $"{vocabulary.Skipped} of {vocabulary.Lines} lines skipped");
        Assert.True(vocabulary.KeptShortWords * 100 < vocabulary.Lines, $"{vocabulary.KeptShortWords} words of one or two letters");

        vocabulary.AssertStems(vocabulary.Words.Select(PorterStemmer.Stem).ToArray(), "PorterStemmer.Stem");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("5k")]
    [InlineData("")]
    public void One_and_two_letter_words_are_kept(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    [Fact]
    public void A_word_that_does_not_change_is_returned_as_is()
    {
        const string word = "stretch";
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Long_words_and_digits_do_not_break_it()
    {
        Assert.Equal("10k", PorterStemmer.Stem("10k"));
        Assert.Equal("re" + new string('x', 299), PorterStemmer.Stem("re" + new string('x', 300) + "ing"));
        var noVowel = new string('x', 300) + "ing"; // "ing" goes only when a vowel stays
        Assert.Equal(noVowel, PorterStemmer.Stem(noVowel));
    }
}
