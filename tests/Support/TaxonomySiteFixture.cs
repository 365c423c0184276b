namespace RunnersQA.Tests.Support;

/// <summary>
/// tests/Fixtures/taxonomies/ (tags and a second taxonomy, <c>levels</c>), built once (see <see cref="BuiltOnceSite"/>).
/// </summary>
public sealed class TaxonomySiteFixture : BuiltOnceSite
{
    public const string Fixture = "taxonomies";

    public TaxonomySiteFixture() : base(TempSite.FromFixture(Fixture), "the taxonomies fixture")
    {
        Levels = TaxonomyFacts.Read(Site.Input, "levels");
    }

    /// <summary>The fixture's second taxonomy, read from its site.yml and front matter.</summary>
    internal TaxonomyFacts Levels { get; }
}
