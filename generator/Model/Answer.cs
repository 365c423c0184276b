using RunnersQA.Templates;
using RunnersQA.Content;

namespace RunnersQA.Model;

/// <summary>
/// A published answer with its expert and tags resolved and every derived value computed.
/// <see cref="Aliases"/> are its old addresses, relative to the site root ("answers/old-slug/").
/// </summary>
public sealed record Answer(
    string Slug,
    string Title,
    string Url,
    Uri CanonicalUrl,
    string Summary,
    string Excerpt,
    HtmlString QuestionHtml,
    HtmlString BodyHtml,
    string QuestionText,
    string BodyText,
    Asker Asker,
    Expert Expert,
    ValueList<Tag> Tags,
    ValueList<Exercise> Exercises,
    DisplayDate Published,
    DisplayDate? Updated,
    int ReadingMinutes,
    ValueList<string> Aliases)
{
    /// <summary>The date the content last changed: updated if given, else published.</summary>
    public DateOnly LastModified => Updated?.Value ?? Published.Value;

    /// <summary>Question and answer as plain text, for search. Made when asked for: at 100,000 answers a kept copy is a gigabyte.</summary>
    public string PlainText => QuestionText + "\n" + BodyText;
}
