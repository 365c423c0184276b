namespace RunnersQA.Tests.Support;

/// <summary>The sample site built for https://example.org/qa/ and served under /qa/, as on such a host.</summary>
public sealed class BasePathBrowserSite : BrowserSite
{
    public BasePathBrowserSite()
        : base(new Uri("https://example.org/qa/"))
    {
    }
}
