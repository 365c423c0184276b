using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Reads one answer file, <c>answers/YYYY/&lt;slug&gt;.md</c>, field by field as <see cref="AnswerFields"/> declares them.</summary>
public static class AnswerLoader
{
    /// <param name="bytes">The file's bytes, when the caller has read them already.</param>
    /// <param name="fields">The fields the site's answers may hold (its taxonomies add theirs); <see cref="AnswerFieldSet.Default"/> when left out.</param>
    public static AnswerFile Load(string fullPath, InputFolder input, FileListing files, MarkdownRenderer markdown, DiagnosticBag bag, byte[]? bytes = null,
        AnswerFieldSet? fields = null)
    {
        var source = MarkdownSource.Read(fullPath, input, files, "the answer's URL", bag, bytes);
        var (slug, at) = (source.Id, source.Start);

        var unknown = new List<UnknownKey>();
        var values = source.FrontMatter?.Read((fields ?? AnswerFieldSet.Default).Fields, "the front matter", unknown) ?? FieldValues.Empty;

        var question = values.Text(AnswerFields.Question) ?? new Positioned<string>("", at);
        var images = new AnswerImageFiles(fullPath, input, files, bag);
        var renderedQuestion = markdown.Render(question.Value, source.DisplayPath, question.Location.Line, bag, question.Location.Column - 1, images.Resolve);
        var body = markdown.Render(source.Body, source.DisplayPath, source.BodyFirstLine, bag, localImage: images.Resolve);

        return new AnswerFile(slug, at, values, renderedQuestion, body, Asker.From(values.Object(AnswerFields.Asker)),
            [.. values.Objects(AnswerFields.Exercises).Select(ExerciseEntry.From).OfType<ExerciseEntry>()], unknown)
        {
            InputPath = source.InputPath,
            Images = images.Found,
            Placeholders = source.Placeholders,
        };
    }
}
