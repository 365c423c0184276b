using RunnersQA.Content;

namespace RunnersQA.Model;

/// <summary>
/// Everything resolving one answer depends on: its file (by source), its expert and terms (of every taxonomy) as
/// the model resolved them, the site's URLs and culture. Equal inputs resolve to equal answers.
/// </summary>
public readonly record struct AnswerInputs(AnswerSource Source, Expert Expert, ValueList<TermList> Terms, SiteUrls Urls, string Culture);
