using RunnersQA.Model;

namespace RunnersQA.Pages;

/// <summary>One kind of page: turns the site model into the pages of that kind.</summary>
public interface IPageSource
{
    IEnumerable<Page> Plan(Site site);
}
