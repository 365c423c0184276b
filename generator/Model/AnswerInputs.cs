using RunnersQA.Content;

namespace RunnersQA.Model;

/// <summary>
/// Everything resolving one answer depends on: its file (by source), its expert and terms (of every taxonomy) as
/// the model resolved them, its reviewer (an expert too, or null), the site's URLs and the theme's words. Equal inputs resolve to equal answers.
/// </summary>
public readonly record struct AnswerInputs(AnswerSource Source, Expert Expert, ValueList<TermList> Terms, SiteUrls Urls, ModelWords Words, Expert? Reviewer)
{
    /// <summary>
    /// The source's alone: it tells answers apart, and hashing the expert's and terms' whole values for every
    /// answer of every rebuild would cost more than the lookup saves. Equality still compares every input.
    /// </summary>
    public override int GetHashCode() => Source.GetHashCode();
}
