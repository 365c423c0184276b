namespace RunnersQA.Pages;

/// <summary>One entry in a pagination bar: a numbered link, or a gap standing for the pages left out.</summary>
public sealed record PageLink(int Number, string? Url, bool IsCurrent)
{
    public bool IsGap => Url is null;
}
