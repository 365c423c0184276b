using RunnersQA.Model;

namespace RunnersQA.Search;

/// <summary>
/// All the search index reads of an answer: <see cref="DocumentAnalyzer"/> and <see cref="FragmentJson"/> take
/// this and nothing else, so an analysis made from an equal document holds, by construction.
/// </summary>
internal sealed record SearchDocument(string Url, string Title, string Summary, string Published, string Expert, ValueList<SearchTerm> Terms,
    string QuestionHtml, string QuestionText, string BodyText, ValueList<Markdown.BodySection> Sections)
{
    /// <summary>Question and answer as plain text, as <see cref="Answer.PlainText"/>.</summary>
    public string PlainText => QuestionText + "\n" + BodyText;

    public static SearchDocument Of(Answer answer) => new(answer.Url, answer.Title, answer.Summary, answer.Published.Iso, answer.Expert.Name,
        answer.Taxonomies.SelectMany(list => list.Terms.Select(t => new SearchTerm(list.Taxonomy.RefPrefix, t.Id, t.Name))).ToValueList(), answer.QuestionHtml.Value, answer.QuestionText, answer.BodyText,
        answer.Sections);
}
