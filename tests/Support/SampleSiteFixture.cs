namespace RunnersQA.Tests.Support;

/// <summary>The repository's sample input, built once (see <see cref="BuiltOnceSite"/>).</summary>
public sealed class SampleSiteFixture() : BuiltOnceSite(TempSite.FromSample(), "the sample site");

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSiteFixture>
{
    public const string Name = "sample site";
}
