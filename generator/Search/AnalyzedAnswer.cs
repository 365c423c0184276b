namespace RunnersQA.Search;

/// <summary>
/// One answer's share of the index that depends on the answer alone: its terms with their counts per field, its
/// field lengths, its vocabulary words and its fragment's bytes. Scores do not belong here: they depend on every answer.
/// A <see cref="SearchIndexCache"/> keeps these from one build to the next.
/// </summary>
internal sealed class AnalyzedAnswer
{
    private AnalyzedAnswer(SearchDocument document, DocTerm[] terms, FieldLengths lengths, int[] words, byte[] fragment)
    {
        Document = document;
        Terms = terms;
        Lengths = lengths;
        Words = words;
        Fragment = fragment;
    }

    /// <summary>What this was made from.</summary>
    public SearchDocument Document { get; }

    /// <summary>Term ids of the <see cref="TermTable"/> it was analysed with.</summary>
    public DocTerm[] Terms { get; }

    public FieldLengths Lengths { get; }

    /// <summary>Its distinct vocabulary words: ids of the words' <see cref="TermTable"/> it was analysed with.</summary>
    public int[] Words { get; }

    public byte[] Fragment { get; }

    public static AnalyzedAnswer Analyze(SearchDocument document, DocumentAnalyzer analyzer)
    {
        var (terms, lengths, words) = analyzer.Analyze(document);
        return new AnalyzedAnswer(document, terms, lengths, words, FragmentJson.Write(document));
    }
}
