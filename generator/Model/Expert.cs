using RunnersQA.Content;
using RunnersQA.Templates;

namespace RunnersQA.Model;

/// <summary>An expert as the site shows them.</summary>
public sealed record Expert(
    string Id,
    string Name,
    string Role,
    ValueList<string> Credentials,
    string? PhotoUrl,
    HtmlString BioHtml,
    string ShortBio,
    ValueList<ExpertLink> Links,
    string Url,
    Uri CanonicalUrl,
    int AnswerCount)
{
    /// <summary>Where its file is inside the input folder, '/'-separated: "experts/x.md".</summary>
    public string SourcePath { get; init; } = "";
}
