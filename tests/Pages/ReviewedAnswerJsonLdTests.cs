using System.Globalization;
using System.Text.Json;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// What the JSON-LD says of a medical answer that another expert reviewed, that cites sources and was corrected,
/// and of a plain answer beside it (tests/Fixtures/structured-data/); expected values come from the fixture's files.
/// </summary>
public sealed class ReviewedAnswerJsonLdTests(StructuredDataSiteFixture fixture) : IClassFixture<StructuredDataSiteFixture>
{
    private const string Reviewed = "sore-knees";
    private const string Plain = "rest-days";

    private AnswerFacts Answer(string slug) => fixture.Content.Published().Single(a => a.Slug == slug);

    private JsonElement Root(string slug) => Assert.Single(BuiltSite.JsonLd(fixture.Built.Page($"answers/{slug}/index.html"))).RootElement;

    [Fact]
    public void A_page_is_a_medical_web_page_exactly_when_one_of_its_tags_is_medical()
    {
        var medical = TrustFacts.MedicalTags(fixture.Site.Input);
        Assert.Contains(Answer(Reviewed).Tags, medical.Contains);
        Assert.DoesNotContain(Answer(Plain).Tags, medical.Contains);
        Assert.Equal("MedicalWebPage", Root(Reviewed).GetProperty("@type").GetString());
        Assert.Equal("WebPage", Root(Plain).GetProperty("@type").GetString());
    }

    [Fact]
    public void Reviewed_by_names_the_reviewer_and_links_to_their_page()
    {
        var trust = TrustFacts.Of(Answer(Reviewed));
        var reviewer = fixture.Content.Expert(trust.ReviewedBy!);
        Assert.NotEqual(Answer(Reviewed).Expert, reviewer.Id);
        var reviewedBy = Root(Reviewed).GetProperty("reviewedBy");
        Assert.Equal(reviewer.Name, reviewedBy.GetProperty("name").GetString());
        Assert.Equal(reviewer.Role, reviewedBy.GetProperty("jobTitle").GetString());
        Assert.Equal(reviewer.Credentials, AnswerJsonLdTests.NamedCredentials(reviewedBy));

        // The url is the reviewer's own page, which names them and describes the same person.
        var url = reviewedBy.GetProperty("url").GetString()!;
        Assert.StartsWith(fixture.Content.Site.BaseUrl.AbsoluteUri, url);
        var profile = fixture.Built.Page(BuiltSite.FileFor(new Uri(url).AbsolutePath));
        Assert.Equal(reviewer.Name, BuiltSite.TextOf(profile.QuerySelector("h1")!));
        Assert.Equal(url, profile.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var person = Assert.Single(BuiltSite.JsonLd(profile)).RootElement.GetProperty("mainEntity");
        Assert.Equal(url, person.GetProperty("url").GetString());
        Assert.Equal(reviewer.Name, person.GetProperty("name").GetString());
    }

    [Fact]
    public void Last_reviewed_is_the_day_of_the_review()
    {
        var reviewed = TrustFacts.Of(Answer(Reviewed)).Reviewed!.Value;
        Assert.Equal(reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Root(Reviewed).GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public void The_registration_is_a_credential_the_register_recognises_wherever_the_expert_appears()
    {
        var reviewerId = TrustFacts.Of(Answer(Reviewed)).ReviewedBy!;
        var (body, number, url) = TrustFacts.RegistrationOf(fixture.Site.Input, reviewerId)!.Value;
        var profile = Assert.Single(BuiltSite.JsonLd(fixture.Built.Page($"experts/{reviewerId}/index.html"))).RootElement.GetProperty("mainEntity");
        // As the reviewer of one answer, the author of another, and on their own page.
        Assert.Equal(reviewerId, Answer(Plain).Expert);
        foreach (var person in new[] { Root(Reviewed).GetProperty("reviewedBy"), Root(Plain).GetProperty("mainEntity").GetProperty("author"), profile })
        {
            var registration = Assert.Single(person.GetProperty("hasCredential").EnumerateArray(), c => c.TryGetProperty("recognizedBy", out _));
            Assert.Equal("EducationalOccupationalCredential", registration.GetProperty("@type").GetString());
            Assert.Equal("Organization", registration.GetProperty("recognizedBy").GetProperty("@type").GetString());
            Assert.Equal(body, registration.GetProperty("recognizedBy").GetProperty("name").GetString());
            Assert.Equal(number, registration.GetProperty("identifier").GetString());
            Assert.Equal(url, registration.GetProperty("url").GetString());
        }

        // The author has no registration, so none of their credentials claims one.
        var author = Root(Reviewed).GetProperty("mainEntity").GetProperty("author");
        Assert.Null(TrustFacts.RegistrationOf(fixture.Site.Input, Answer(Reviewed).Expert));
        Assert.DoesNotContain(author.GetProperty("hasCredential").EnumerateArray(), c => c.TryGetProperty("recognizedBy", out _));
    }

    [Fact]
    public void Each_source_is_a_citation_with_its_doi_and_pubmed_id()
    {
        var sources = TrustFacts.Of(Answer(Reviewed)).Sources;
        // The fixture has a source with both identifiers, one with a DOI whose url is the resolver's, and one with neither.
        Assert.Contains(sources, s => s.Doi is not null && s.PubMedId is not null);
        Assert.Contains(sources, s => s.Doi is null && s.PubMedId is null);
        var citations = Root(Reviewed).GetProperty("mainEntity").GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(sources.Count, citations.Count);
        foreach (var (source, citation) in sources.Zip(citations))
        {
            Assert.Equal(source.Title, citation.GetProperty("name").GetString());
            Assert.Equal(source.Url, citation.GetProperty("url").GetString());
            var identified = source.Doi is not null || source.PubMedId is not null;
            Assert.Equal(identified ? "ScholarlyArticle" : "CreativeWork", citation.GetProperty("@type").GetString());

            var expected = new List<(string, string)>();
            var resolvers = new List<string>();
            if (source.Doi is { } doi)
            {
                expected.Add(("DOI", doi));
                resolvers.Add("https://doi.org/" + doi);
            }
            if (source.PubMedId is { } pmid)
            {
                expected.Add(("PMID", pmid));
                resolvers.Add($"https://pubmed.ncbi.nlm.nih.gov/{pmid}/");
            }
            var identifiers = citation.TryGetProperty("identifier", out var list) ? list.EnumerateArray().ToList() : [];
            Assert.All(identifiers, i => Assert.Equal("PropertyValue", i.GetProperty("@type").GetString()));
            Assert.Equal(expected, identifiers.Select(i => (i.GetProperty("propertyID").GetString()!, i.GetProperty("value").GetString()!)));
            var sameAs = citation.TryGetProperty("sameAs", out var same) ? same.EnumerateArray().Select(s => s.GetString()!).ToList() : [];
            Assert.Equal(resolvers.Where(r => r != source.Url), sameAs);
        }
    }

    [Fact]
    public void Date_modified_is_the_last_correction_when_it_came_after_the_update()
    {
        var answer = Answer(Reviewed);
        var last = TrustFacts.Of(answer).CorrectionDates.Max();
        Assert.True(last > answer.Updated, "the fixture's last correction comes after its update");
        var article = Root(Reviewed).GetProperty("mainEntity");
        Assert.Equal(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.GetProperty("dateModified").GetString());
        Assert.Equal(answer.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void A_plain_answer_claims_no_review_and_no_sources()
    {
        var trust = TrustFacts.Of(Answer(Plain));
        Assert.Null(trust.ReviewedBy);
        Assert.Empty(trust.Sources);
        var root = Root(Plain);
        Assert.False(root.TryGetProperty("reviewedBy", out _));
        Assert.False(root.TryGetProperty("lastReviewed", out _));
        Assert.False(root.GetProperty("mainEntity").TryGetProperty("citation", out _));
        Assert.Equal((Answer(Plain).Updated ?? Answer(Plain).Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), root.GetProperty("mainEntity").GetProperty("dateModified").GetString());
    }
}
