using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>One kind of page: turns the site model into the pages of that kind.</summary>
public interface IPageSource : IOutputSource
{
    /// <summary>The templates its pages use, so a missing one is reported before anything renders.</summary>
    IReadOnlyList<string> Templates { get; }

    IEnumerable<Page> Plan(Site site);
}
