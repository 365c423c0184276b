using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>A study, guideline or article an answer cites: <c>sources: [{ title, url, doi?, pmid? }]</c>.</summary>
public sealed record SourceEntry(Positioned<string> Title, Positioned<string> Url, Positioned<string>? Doi, Positioned<int>? PubMedId)
{
    /// <summary>The source as written; null when its title or link is missing (already reported).</summary>
    public static SourceEntry? From(FieldValues source) =>
        source.Text(AnswerFields.SourceTitle) is { } title && source.Text(AnswerFields.SourceUrl) is { } url
            ? new SourceEntry(title, url, source.Text(AnswerFields.SourceDoi), source.Integer(AnswerFields.SourcePmid))
            : null;
}
