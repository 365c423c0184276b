namespace RunnersQA.Model;

/// <summary>One correction with the answer it was made to, as the corrections page and its feed list them.</summary>
public sealed record PublishedCorrection(Correction Correction, Answer Answer)
{
    /// <summary>The correction's place on the answer's page, site-relative.</summary>
    public string Url => Answer.Url + "#" + Correction.Anchor;

    /// <summary>The same, absolute: also the correction's id in the corrections feed, which never changes.</summary>
    public Uri CanonicalUrl => new(Answer.CanonicalUrl, "#" + Correction.Anchor);
}
