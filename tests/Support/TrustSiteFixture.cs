namespace RunnersQA.Tests.Support;

/// <summary>
/// tests/Fixtures/trust/, built once (see <see cref="BuiltOnceSite"/>): two experts reviewing each other's answers,
/// corrections (two of them on one day), sources with and without a DOI or PubMed id, disclosures, a registration
/// without a register link, tags with shared and distinct see-a-clinician notes, and an answer with none of these.
/// </summary>
public sealed class TrustSiteFixture() : BuiltOnceSite(TempSite.FromFixture(Fixture), "the trust fixture")
{
    public const string Fixture = "trust";
}
