using RunnersQA.Model;

namespace RunnersQA.Search;

/// <summary>
/// One answer's share of the index that depends on the answer alone: its terms with their counts per field, its
/// field lengths, its `w` words and its fragment's bytes. Scores do not belong here: they depend on every answer.
/// A <see cref="SearchIndexCache"/> keeps these from one build to the next.
/// </summary>
internal sealed class AnalyzedAnswer
{
    private AnalyzedAnswer(Answer source, DocTerm[] terms, FieldLengths lengths, int[] words, byte[] fragment)
    {
        Source = source;
        Terms = terms;
        Lengths = lengths;
        Words = words;
        Fragment = fragment;
    }

    /// <summary>The answer this was made from.</summary>
    public Answer Source { get; }

    /// <summary>Term ids of the <see cref="TermTable"/> it was analysed with.</summary>
    public DocTerm[] Terms { get; }

    public FieldLengths Lengths { get; }

    /// <summary>Its distinct `w` words: ids of the <see cref="SurfaceTable"/> it was analysed with.</summary>
    public int[] Words { get; }

    public byte[] Fragment { get; }

    public static AnalyzedAnswer Analyze(Answer answer, DocumentAnalyzer analyzer)
    {
        var (terms, lengths, words) = analyzer.Analyze(answer);
        return new AnalyzedAnswer(answer, terms, lengths, words, FragmentJson.Write(answer));
    }

    /// <summary>This analysis for <paramref name="answer"/>, or null when it does not hold for it.</summary>
    /// <remarks>The same record is the common case (the model reuses unchanged answers); else the text is compared.</remarks>
    public AnalyzedAnswer? For(Answer answer)
    {
        if (ReferenceEquals(answer, Source)) return this;
        if (!SameIndexedText(answer, Source)) return null;
        // Remember the newer record, so the next build finds it by reference.
        return new AnalyzedAnswer(answer, Terms, Lengths, Words, Fragment);
    }

    /// <summary>
    /// Whether two answers give the same analysis and fragment: equal in every value that
    /// <see cref="DocumentAnalyzer"/> or <see cref="FragmentJson"/> reads. Whatever they start to read must be added here.
    /// </summary>
    public static bool SameIndexedText(Answer a, Answer b)
    {
        if (a.Title != b.Title || a.Url != b.Url || a.Summary != b.Summary || a.Published.Iso != b.Published.Iso
            || a.Expert.Name != b.Expert.Name || a.QuestionHtml.Value != b.QuestionHtml.Value || a.QuestionText != b.QuestionText || a.BodyText != b.BodyText
            || a.Tags.Count != b.Tags.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Tags.Count; i++)
        {
            if (a.Tags[i].Id != b.Tags[i].Id || a.Tags[i].Name != b.Tags[i].Name) return false;
        }
        return true;
    }
}
