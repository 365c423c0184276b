using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Templates;

namespace RunnersQA.Model;

/// <summary>
/// A published answer with its expert and terms resolved and every derived value computed.
/// <see cref="Taxonomies"/> holds its terms of every taxonomy of the site, the default (tags) first.
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
    ValueList<TermList> Taxonomies,
    ValueList<Exercise> Exercises,
    DisplayDate Published,
    DisplayDate? Updated,
    int ReadingMinutes,
    ValueList<string> Aliases)
{
    /// <summary>Its tags: its terms of the default taxonomy.</summary>
    public ValueList<Term> Tags => Taxonomies[0].Terms;

    /// <summary>
    /// The answer a file describes, with its expert and its terms of every taxonomy (<paramref name="terms"/>, the
    /// default's first). A new field is an init property set here from <see cref="AnswerFile.Fields"/>, so code
    /// that builds an answer positionally is left as it is.
    /// </summary>
    /// <param name="reviewer">The expert <c>reviewed_by:</c> names, resolved; null when it names none (or no expert, already reported).</param>
    public static Answer From(AnswerFile file, SiteUrls urls, ModelWords words, Expert expert, ValueList<TermList> terms, Expert? reviewer = null)
    {
        var path = SiteUrls.AnswerPath(file.Slug);
        var wordCount = file.Body.WordCount + file.Question.WordCount;
        return new Answer(file.Slug, file.Title.Value, urls.Local(path), urls.Absolute(path),
            file.Summary?.Value ?? TextExcerpt.Shorten(file.Body.FirstParagraph, Content.Fields.AnswerFields.Summary.MaxLength!.Value),
            TextExcerpt.Shorten(Markdown.MarkdownRenderer.Collapse(file.Question.PlainText), 160),
            new HtmlString(file.Question.Html), new HtmlString(file.Body.Html), file.Question.PlainText, file.Body.PlainText, file.Asker,
            expert,
            terms,
            file.Exercises.Select(e => new Exercise(e.Title, e.Url.Value, e.Kind, words.KindLabel(e.Kind), e.Minutes)).ToValueList(),
            words.Date(file.Date.Value),
            file.Updated is { } u ? words.Date(u.Value) : null,
            Math.Max(1, (int)Math.Ceiling(wordCount / 200.0)),
            file.Aliases.Select(a => AliasPath.Normalize(a.Value)).Distinct(StringComparer.Ordinal).ToValueList())
        {
            SourcePath = file.InputPath,
            Draft = file.Draft,
            Sections = file.Body.Sections.ToValueList(),
            Review = reviewer is not null && file.Reviewed is { } reviewed ? new Review(reviewer, words.Date(reviewed.Value)) : null,
            Corrections = Correction.InOrder(file.Corrections.Select(c => new Correction(words.Date(c.Date.Value), c.Text.Value.Trim()))),
            Sources = file.Sources.Select((s, i) => new Source(i + 1, s.Title.Value.Trim(), s.Url.Value, s.Doi?.Value.Trim(), s.PubMedId?.Value.ToString(CultureInfo.InvariantCulture))).ToValueList(),
        };
    }

    /// <summary>Where its file is inside the input folder, '/'-separated: "answers/2026/x.md".</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>True for a draft, which only a build or serve with <c>--drafts</c> publishes: themes mark it.</summary>
    public bool Draft { get; init; }

    /// <summary>The body's <c>##</c> sections, for search results that point to the part that matched.</summary>
    public ValueList<Markdown.BodySection> Sections { get; init; } = [];

    /// <summary>Who last checked it, and when; null when no other expert has.</summary>
    public Review? Review { get; init; }

    /// <summary>Mistakes put right since publication, oldest first.</summary>
    public ValueList<Correction> Corrections { get; init; } = [];

    /// <summary>What it cites, numbered in the order written.</summary>
    public ValueList<Source> Sources { get; init; } = [];

    /// <summary>True when one of its tags is about health (<c>medical: true</c> in tags.yml).</summary>
    public bool Medical => Tags.Any(t => t.Medical);

    /// <summary>Its tags' notes on when to see a clinician, each once, in the order of its tags.</summary>
    public ValueList<string> ClinicianNotes => Tags.Select(t => t.SeeAClinician).OfType<string>().Distinct(StringComparer.Ordinal).ToValueList();

    /// <summary>The date the content last changed: the latest of published, updated and its corrections.</summary>
    public DateOnly LastModified
    {
        get
        {
            var last = Updated?.Value ?? Published.Value;
            foreach (var correction in Corrections) if (correction.Date.Value > last) last = correction.Date.Value;
            return last;
        }
    }

    /// <summary>Question and answer as plain text, for search. Made when asked for: a kept copy would cost memory in proportion to the site.</summary>
    public string PlainText => QuestionText + "\n" + BodyText;
}
