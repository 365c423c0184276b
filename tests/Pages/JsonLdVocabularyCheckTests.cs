using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Pages;

/// <summary>
/// The vocabulary the structured-data tests check against is schema-dts's, read whole, and the check finds
/// what it is there to find: each way of straying from schema.org is shown failing on a small document.
/// </summary>
public sealed class JsonLdVocabularyCheckTests
{
    private static SchemaOrgVocabulary Vocabulary => SchemaOrgVocabulary.Installed;

    /// <summary>A small document that keeps to schema.org, which the failing cases below change one thing in.</summary>
    private const string Valid = """
        {
          "@context": "https://schema.org",
          "@type": "MedicalWebPage",
          "url": "https://example.org/answers/knees/",
          "name": "Sore knees",
          "lastReviewed": "2026-04-20",
          "reviewedBy": { "@type": "Person", "name": "Tom", "url": "https://example.org/experts/tom/" },
          "mainEntity": {
            "@type": "Article",
            "headline": "Sore knees",
            "datePublished": "2026-03-02",
            "author": { "@type": "Person", "name": "Rachel", "hasCredential": [{ "@type": "EducationalOccupationalCredential", "name": "MSc" }] },
            "citation": [{ "@type": "ScholarlyArticle", "name": "A study", "identifier": { "@type": "PropertyValue", "propertyID": "DOI", "value": "10.1/x" } }],
            "wordCount": 120,
            "isAccessibleForFree": true
          }
        }
        """;

    [Fact]
    public void Every_property_of_every_type_expects_what_the_declarations_define()
    {
        Assert.NotEmpty(Vocabulary.Types);
        foreach (var type in Vocabulary.Types)
        {
            var properties = Vocabulary.PropertiesOf(type);
            foreach (var (property, expects) in properties)
            {
                Assert.NotEmpty(expects);
                Assert.All(expects, e => Assert.True(Vocabulary.Declares(e), $"{type}.{property} expects {e}, which is not declared"));
            }
        }
    }

    [Fact]
    public void A_type_takes_its_ancestors_properties_and_is_one_of_them()
    {
        // The medical page is a web page, a creative work and a thing; it takes each one's properties with its own.
        Assert.Contains("WebPage", Vocabulary.ParentsOf("MedicalWebPage"));
        foreach (var ancestor in new[] { "WebPage", "CreativeWork", "Thing" }) Assert.True(Vocabulary.IsA("MedicalWebPage", ancestor), ancestor);
        Assert.False(Vocabulary.IsA("WebPage", "MedicalWebPage"));
        var properties = Vocabulary.PropertiesOf("MedicalWebPage");
        foreach (var property in Vocabulary.PropertiesOf("WebPage").Keys) Assert.Contains(property, properties.Keys);
        Assert.True(properties.Count > Vocabulary.PropertiesOf("WebPage").Count, "MedicalWebPage adds properties of its own");
        Assert.DoesNotContain("lastReviewed", Vocabulary.PropertiesOf("Article").Keys);
    }

    [Fact]
    public void A_document_that_keeps_to_the_vocabulary_has_no_problems()
    {
        Assert.Empty(JsonLdVocabularyCheck.Problems(Valid, Vocabulary));
    }

    [Theory]
    [InlineData("\"headline\": \"Sore knees\"", "\"headlin\": \"Sore knees\"", "$.mainEntity.headlin")]
    [InlineData("\"wordCount\": 120", "\"lastReviewed\": \"2026-04-20\"", "$.mainEntity.lastReviewed")]
    [InlineData("\"@type\": \"MedicalWebPage\"", "\"@type\": \"MedicalArticlePage\"", "$.@type")]
    [InlineData("\"@type\": \"ScholarlyArticle\"", "\"@type\": \"ScholarlyPaper\"", "$.mainEntity.citation[0].@type")]
    [InlineData("\"reviewedBy\": { \"@type\": \"Person\"", "\"reviewedBy\": { \"@type\": \"Article\"", "$.reviewedBy")]
    [InlineData("{ \"@type\": \"EducationalOccupationalCredential\", \"name\": \"MSc\" }", "\"MSc\"", "$.mainEntity.author.hasCredential[0]")]
    [InlineData("\"lastReviewed\": \"2026-04-20\"", "\"lastReviewed\": \"20 April 2026\"", "$.lastReviewed")]
    [InlineData("\"url\": \"https://example.org/answers/knees/\"", "\"url\": \"answers/knees/\"", "$.url")]
    [InlineData("\"wordCount\": 120", "\"wordCount\": true", "$.mainEntity.wordCount")]
    [InlineData("\"isAccessibleForFree\": true", "\"isAccessibleForFree\": 1", "$.mainEntity.isAccessibleForFree")]
    [InlineData("\"name\": \"Rachel\"", "\"name\": null", "$.mainEntity.author.name")]
    [InlineData("\"@type\": \"PropertyValue\", ", "", "$.mainEntity.citation[0].identifier")]
    [InlineData("\"@context\": \"https://schema.org\"", "\"@context\": \"https://example.org/vocab\"", "$")]
    public void A_document_that_strays_fails_where_it_strays(string part, string replacement, string where)
    {
        Assert.Contains(part, Valid);
        var problems = JsonLdVocabularyCheck.Problems(Valid.Replace(part, replacement, StringComparison.Ordinal), Vocabulary);
        var problem = Assert.Single(problems);
        Assert.StartsWith(where + ":", problem);
    }

    [Fact]
    public void Text_stands_for_a_type_only_where_the_declarations_allow_it()
    {
        // schema.org takes a name for a person (Person or text) and a URL for a page's main entity's page.
        var named = Valid.Replace("\"author\": { \"@type\": \"Person\", \"name\": \"Rachel\", \"hasCredential\": [{ \"@type\": \"EducationalOccupationalCredential\", \"name\": \"MSc\" }] }", "\"author\": \"Rachel\"", StringComparison.Ordinal);
        Assert.NotEqual(Valid, named);
        Assert.Empty(JsonLdVocabularyCheck.Problems(named, Vocabulary));
    }

    [Fact]
    public void An_enumeration_takes_its_members_and_nothing_else()
    {
        // A page's specialty is a Specialty, whose one subtype, MedicalSpecialty, is an enumeration.
        var specialty = Valid.Replace("\"name\": \"Sore knees\",", "\"name\": \"Sore knees\", \"specialty\": \"Physiotherapy\",", StringComparison.Ordinal);
        Assert.Empty(JsonLdVocabularyCheck.Problems(specialty, Vocabulary));
        var unknown = specialty.Replace("\"Physiotherapy\"", "\"Running\"", StringComparison.Ordinal);
        Assert.StartsWith("$.specialty:", Assert.Single(JsonLdVocabularyCheck.Problems(unknown, Vocabulary)));
    }
}
