namespace RunnersQA.Tests.Support;

/// <summary>
/// tests/Fixtures/structured-data/, built once (see <see cref="BuiltOnceSite"/>): a medical answer that another
/// expert, a registered one, reviewed, that cites sources and was corrected after its update; and a plain answer.
/// </summary>
public sealed class StructuredDataSiteFixture() : BuiltOnceSite(TempSite.FromFixture(Fixture), "the structured-data fixture")
{
    public const string Fixture = "structured-data";
}
