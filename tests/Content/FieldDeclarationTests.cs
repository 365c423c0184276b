using NJsonSchema;
using Newtonsoft.Json.Linq;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;
using RunnersQA.Tests.Schema;
using RunnersQA.Tests.Support;

namespace RunnersQA.Tests.Content;

/// <summary>The field declarations say what the loaders read: their examples load cleanly and follow the schemas, and unknown keys are found at every level.</summary>
public sealed class FieldDeclarationTests
{
    /// <summary>Every field and nested field, with the file kind it belongs to.</summary>
    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in ContentDocuments.All)
        {
            // A name used at two levels (an answer's and an exercise's `title`) is one case that checks both.
            foreach (var name in ContentDocuments.TableFields(document).SelectMany(Nested).Select(f => f.Name).Distinct())
                data.Add(document.Name, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_example_loads_without_a_diagnostic(string document, string name)
    {
        foreach (var field in FieldsNamed(document, name))
        {
            foreach (var example in field.AllExamples)
            {
                var bag = new DiagnosticBag();
                var unknown = new List<UnknownKey>();
                var map = YamlMap.Parse($"{field.Name}:{(example.StartsWith('\n') ? "" : " ")}{example}\n", "example.yml", 1, bag);

                map!.Read(new FieldSet(field), "the example", unknown);

                Assert.Empty(bag.Sorted().Select(DiagnosticFormatter.Format));
                Assert.Empty(unknown);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_hint_example_is_the_field_written_out(string document, string name)
    {
        foreach (var field in FieldsNamed(document, name))
            Assert.StartsWith(field.Name + ":", field.Example, StringComparison.Ordinal);
    }

    /// <summary>What the examples stand for, in JSON, is what the schema of the file accepts for that field.</summary>
    [Fact]
    public async Task Every_top_level_example_follows_its_schema()
    {
        var problems = new List<string>();
        foreach (var document in ContentDocuments.All)
        {
            var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(ContentSchema.PathOf(FieldSchema.FileName(document))));
            foreach (var field in ContentDocuments.TableFields(document))
            {
                var fieldSchema = document.Fields is null
                    ? schema.PatternProperties.Values.Single().OneOf.Single(s => s.Type == JsonObjectType.Object).Properties[field.Name]
                    : schema.Properties[field.Name];
                foreach (var example in field.AllExamples)
                {
                    var json = JToken.Parse(FieldSchema.Value(field, example).ToJsonString());
                    problems.AddRange(fieldSchema.Validate(json).Select(e => $"{document.Name}.{field.Name} = {json}: {e.Kind}"));
                }
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Unknown_keys_in_site_yml_its_ask_and_a_tag_are_warned_about_with_the_nearest_field()
    {
        using var site = TempSite.FromSample();
        site.Replace("site.yml", "per_page: 5", "per_pag: 5");
        site.Replace("site.yml", "email: questions@example.org", "emial: questions@example.org");
        site.Replace("tags.yml", "  description: Pain around, under", "  descripton: Pain around, under");

        var warnings = SiteBuild.Check(site.Options()).Diagnostics.Where(d => d.Code == DiagnosticCode.UnknownField).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Location.Path.EndsWith("site.yml", StringComparison.Ordinal) && w.Hint == "did you mean `per_page`?");
        Assert.Contains(warnings, w => w.Location.Path.EndsWith("site.yml", StringComparison.Ordinal) && w.Hint == "did you mean `email`?" && w.Message.Contains("`ask`"));
        Assert.Contains(warnings, w => w.Location.Path.EndsWith("tags.yml", StringComparison.Ordinal) && w.Location.Line == 3 && w.Hint == "did you mean `description`?");
    }

    [Fact]
    public void The_sample_site_has_no_unknown_key()
    {
        using var site = TempSite.FromSample();

        Assert.DoesNotContain(SiteBuild.Check(site.Options()).Diagnostics, d => d.Code == DiagnosticCode.UnknownField);
    }

    private static IEnumerable<Field> Nested(Field field) =>
        new[] { field }.Concat((field.Fields ?? []).Concat(field.Item?.Fields ?? []).SelectMany(Nested))
            .Concat(field.Item is { Fields: null } item ? [item] : []);

    private static IEnumerable<Field> FieldsNamed(string document, string name) =>
        ContentDocuments.TableFields(ContentDocuments.All.Single(d => d.Name == document)).SelectMany(Nested).Where(f => f.Name == name);
}
