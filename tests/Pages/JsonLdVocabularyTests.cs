using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// Every type and property the pages' JSON-LD uses exists in schema.org as schema-dts declares it, and every value
/// is one its property takes: checked on every page of the sample and of the structured-data fixture (a
/// medical, reviewed, sourced, corrected answer and a registered expert).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class JsonLdVocabularyTests(SampleSiteFixture sample, StructuredDataSiteFixture fixture) : IClassFixture<StructuredDataSiteFixture>
{
    [Fact]
    public void The_samples_json_ld_keeps_to_the_vocabulary() => KeepsToTheVocabulary(sample.Built, sample.Content);

    [Fact]
    public void The_fixtures_json_ld_keeps_to_the_vocabulary() => KeepsToTheVocabulary(fixture.Built, fixture.Content);

    private static void KeepsToTheVocabulary(BuiltSite built, ContentFacts content)
    {
        var checkedPages = new List<string>();
        foreach (var (file, page) in built.Pages())
        {
            foreach (var json in BuiltSite.JsonLd(page))
            {
                var problems = JsonLdVocabularyCheck.Problems(json.RootElement, SchemaOrgVocabulary.Installed);
                Assert.True(problems.Count == 0, $"{file}:\n{string.Join("\n", problems)}");
                checkedPages.Add(file);
            }
        }
        // Each answer and each expert page was among them.
        foreach (var answer in content.Published()) Assert.Contains($"answers/{answer.Slug}/index.html", checkedPages);
        foreach (var expert in content.Experts) Assert.Contains($"experts/{expert.Id}/index.html", checkedPages);
    }
}
