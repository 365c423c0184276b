using RunnersQA.Artifacts;
using RunnersQA.Publishing;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Artifacts;

/// <summary>Stylesheets and scripts are published under names that carry a hash of their bytes, and pages link those names.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ThemeAssetsTests(SampleSiteFixture sample)
{
    [Theory]
    [InlineData("site.css", "link[rel=stylesheet]", "href")]
    [InlineData("search.js", "script[type=module]", "src")]
    public void A_fingerprinted_asset_is_named_by_its_content_and_every_page_links_that_name(string name, string selector, string attribute)
    {
        var path = sample.Built.Asset(name);
        Assert.NotEqual("assets/" + name, path);
        Assert.Contains("." + ContentHash.Of(File.ReadAllBytes(sample.Built.PathOf(path))) + ".", path, StringComparison.Ordinal);
        Assert.All(sample.Built.Pages(), p => Assert.Equal("/" + path, p.Document.QuerySelector(selector)?.GetAttribute(attribute)));
    }

    [Fact]
    public void Icons_keep_their_names() => Assert.Equal("assets/favicon.svg", sample.Built.Asset("favicon.svg"));
}
