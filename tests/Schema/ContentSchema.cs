using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace RunnersQA.Tests.Schema;

/// <summary>One of the JSON Schemas in schemas/, loaded with NJsonSchema.</summary>
internal sealed class ContentSchema(JsonSchema schema)
{
    public const string Answer = "answer.schema.json";
    public const string Expert = "expert.schema.json";
    public const string Site = "site.schema.json";
    public const string Tags = "tags.schema.json";

    public static string PathOf(string fileName) => Path.Combine(Repository.Root, "schemas", fileName);

    public static async Task<ContentSchema> LoadAsync(string fileName) =>
        new(await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(PathOf(fileName))));

    /// <summary>
    /// Every rule the document breaks. NJsonSchema nests the errors of a list item or of an alternative
    /// (ArrayItemNotValid, NotOneOf) under one parent error; the rules themselves are at the leaves. A parent
    /// with no nested errors (a value matching both alternatives of a oneOf) is itself the violation.
    /// </summary>
    public IReadOnlyList<SchemaViolation> Validate(JToken document) => [.. Leaves(schema.Validate(document))];

    private static IEnumerable<SchemaViolation> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error is ChildSchemaValidationError parent && parent.Errors.Values.Any(children => children.Count > 0)
            ? Leaves(parent.Errors.Values.SelectMany(children => children))
            : [new SchemaViolation(error.Path ?? "#", error.Kind)]);
}
