using System.Net;
using System.Runtime.InteropServices;

namespace RunnersQA.Search;

/// <summary>
/// Counts one answer's terms per field and collects its vocabulary words. One instance per worker thread, reused from
/// answer to answer, so the counting collections are allocated once per thread rather than once per answer.
/// </summary>
internal sealed class DocumentAnalyzer(TermTable terms, TermTable words, SynonymSet synonyms) : ITokenSink
{
    // The latest terms of the field being read, oldest first, for synonym entries of several words.
    private readonly int[] _recent = new int[SynonymSet.MaxEntryTerms];
    private int _recentCount;
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

        Begin(SearchField.Title);
        TextAnalyzer.Analyze(answer.Title, this);
        // Every taxonomy's terms are words of the tags field.
        Begin(SearchField.Tags);
        foreach (var term in answer.Terms)
        {
            TextAnalyzer.Analyze(term.Name, this);
            _recentCount = 0;
            TextAnalyzer.Analyze(term.Id, this);
            _recentCount = 0;
        }
        Begin(SearchField.Expert);
        TextAnalyzer.Analyze(answer.Expert, this);

        // The model keeps only question + "\n" + body as plain text; the question's own token count
        // (from its HTML) says where the body starts.
        _questionTokensLeft = QuestionTokens(answer);
        Begin(SearchField.Question);
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
        if (TypoKeys.Files(word)) _words.Add(words.Intern(word));
        Count(id, field);
        _lengths[(int)field]++;
        if (synonyms.IsEmpty) return;
        if (_recentCount == _recent.Length)
        {
            Array.Copy(_recent, 1, _recent, 0, _recent.Length - 1);
            _recentCount--;
        }
        _recent[_recentCount++] = id;
        // The other entries' terms count as if written here, without making the field longer.
        if (synonyms.Ends(id))
        {
            foreach (var added in synonyms.Added(_recent, _recentCount)) Count(added, field);
        }
    }

    private void Count(int term, SearchField field)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out _);
        if (counts[(int)field] < ushort.MaxValue) counts[(int)field]++;
    }

    /// <summary>Starts a field: a synonym's words must stand together in one field.</summary>
    private void Begin(SearchField field)
    {
        _field = field;
        _recentCount = 0;
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
