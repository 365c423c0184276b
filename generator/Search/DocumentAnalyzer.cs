using System.Net;
using System.Runtime.InteropServices;

namespace RunnersQA.Search;

/// <summary>
/// Counts one answer's terms per field and collects its vocabulary words. One instance per worker thread, reused from
/// answer to answer, so the counting collections are allocated once per thread rather than once per answer.
/// </summary>
internal sealed class DocumentAnalyzer(TermTable terms, SurfaceTable surfaces) : ITokenSink
{
    private readonly Dictionary<int, FieldCounts> _counts = [];
    private readonly HashSet<int> _words = [];
    private readonly TokenCounter _counter = new();
    private FieldLengths _lengths;
    private SearchField _field;
    private int _questionTokensLeft;

    public (DocTerm[] Terms, FieldLengths Lengths, int[] Words) Analyze(SearchDocument answer)
    {
        _counts.Clear();
        _words.Clear();
        _lengths = default;

        _field = SearchField.Title;
        TextAnalyzer.Analyze(answer.Title, this);
        // Every taxonomy's terms are words of the tags field.
        _field = SearchField.Tags;
        foreach (var term in answer.Terms)
        {
            TextAnalyzer.Analyze(term.Name, this);
            TextAnalyzer.Analyze(term.Id, this);
        }
        _field = SearchField.Expert;
        TextAnalyzer.Analyze(answer.Expert, this);

        // The model keeps only question + "\n" + body as plain text; the question's own token count
        // (from its HTML) says where the body starts.
        _questionTokensLeft = QuestionTokens(answer);
        _field = SearchField.Question;
        TextAnalyzer.Analyze(answer.PlainText, this);

        // Filter terms ("#" and the term's ref): one occurrence in the tags field, not added to its length (they are not text).
        Span<char> buffer = stackalloc char[128];
        foreach (var term in answer.Terms)
        {
            var prefix = term.RefPrefix;
            var filter = 1 + prefix.Length + term.Id.Length <= buffer.Length ? Filter(buffer, prefix, term.Id) : ("#" + prefix + term.Id).AsSpan();
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, terms.Intern(filter), out _)[(int)SearchField.Tags] = 1;
        }

        var result = new DocTerm[_counts.Count];
        var i = 0;
        foreach (var (id, counts) in _counts) result[i++] = new DocTerm(id, counts);
        return (result, _lengths, [.. _words]);
    }

    public void Token(ReadOnlySpan<char> word, ReadOnlySpan<char> stem)
    {
        var field = _field;
        if (field == SearchField.Question && _questionTokensLeft-- <= 0) field = SearchField.Body;
        var id = terms.Intern(stem);
        if (SurfaceTable.Keeps(word)) _words.Add(surfaces.Add(word, id));
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, id, out _);
        if (counts[(int)field] < ushort.MaxValue) counts[(int)field]++;
        _lengths[(int)field]++;
    }

    private int QuestionTokens(SearchDocument answer)
    {
        _counter.Count = 0;
        TextAnalyzer.Analyze(WebUtility.HtmlDecode(StripTags(answer.QuestionHtml)), _counter);
        return _counter.Count;
    }

    private static ReadOnlySpan<char> Filter(Span<char> buffer, string prefix, string id)
    {
        buffer[0] = '#';
        prefix.CopyTo(buffer[1..]);
        id.CopyTo(buffer[(1 + prefix.Length)..]);
        return buffer[..(1 + prefix.Length + id.Length)];
    }

    /// <summary>Tags become spaces, so words in adjacent elements stay apart as they do in the plain text.</summary>
    private static string StripTags(string html)
    {
        return string.Create(html.Length, html, static (into, html) =>
        {
            var inTag = false;
            for (var i = 0; i < html.Length; i++)
            {
                var c = html[i];
                if (c == '<') inTag = true;
                into[i] = inTag ? ' ' : c;
                if (c == '>') inTag = false;
            }
        });
    }

    private sealed class TokenCounter : ITokenSink
    {
        public int Count;

        public void Token(ReadOnlySpan<char> word, ReadOnlySpan<char> stem) => Count++;
    }
}
