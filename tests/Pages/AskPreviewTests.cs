using RunnersQA.Pipeline;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>Under <c>serve</c> (a preview build) the ask page says its form works once deployed, and sends nothing.</summary>
public sealed class AskPreviewTests
{
    [Fact]
    public void A_preview_build_explains_the_form_and_keeps_it_on_the_site()
    {
        using var site = TempSite.FromSample();
        var result = SiteBuild.Run(site.Options() with { Preview = true });
        Assert.True(result.Succeeded);
        var main = site.Built.Page("ask/index.html").QuerySelector("main")!;
        Assert.Contains("deployed", BuiltSite.TextOf(Assert.Single(main.QuerySelectorAll(".preview-notice"))), StringComparison.Ordinal);
        var form = Assert.Single(main.QuerySelectorAll("form"));
        Assert.Equal("/ask/thanks/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Null(form.GetAttribute("data-netlify"));
    }

    [Fact]
    public void A_build_has_no_notice_and_the_real_form()
    {
        using var site = TempSite.FromSample();
        site.BuildClean();
        var main = site.Built.Page("ask/index.html").QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll(".preview-notice"));
        Assert.Equal("true", Assert.Single(main.QuerySelectorAll("form")).GetAttribute("data-netlify"));
    }
}
