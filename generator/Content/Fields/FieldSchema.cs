using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace RunnersQA.Content.Fields;

/// <summary>
/// The JSON Schema (draft-07) of a content file, made from its declaration: editors complete and explain each
/// field as the author types, and the tests check the fixtures against it. The files in schemas/ are its output.
/// </summary>
public static class FieldSchema
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FileName(Field document) => document.Name + ".schema.json";

    /// <summary>The schema's text as committed: indented JSON ending with a line break.</summary>
    public static string Text(Field document)
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$comment"] = "Generated from generator/Content/Fields by `dotnet run --project tools/Schemas`; do not edit by hand. " +
                           "Draft-07: the newest draft that both NJsonSchema (the tests) and the YAML language server (editors) validate in full.",
            ["title"] = document.Title,
            ["description"] = document.Description, // the fields explain themselves below
        };
        AddConstraints(document, root);
        return root.ToJsonString(Json) + "\n";
    }

    private static JsonObject Of(Field field, bool optional)
    {
        var schema = new JsonObject
        {
            ["title"] = field.Title,
            ["description"] = optional ? "Optional: " + char.ToLowerInvariant(field.Description[0]) + FieldRules.Explain(field)[1..] : FieldRules.Explain(field),
        };
        if (field.Type == FieldType.Object && field.Shorthand is { } shorthand)
        {
            var full = new JsonObject
            {
                ["title"] = string.Join(" and ", field.Fields!.Select((f, i) => i == 0 ? f.Title : f.Title.ToLowerInvariant())),
                ["description"] = $"{field.Title} written as `{{ {string.Join(", ", field.Fields!.Names)} }}`.",
            };
            AddObject(field, full);
            full["examples"] = Examples(field, e => e is JsonObject);
            var alone = Of(shorthand, optional: false);
            schema["oneOf"] = new JsonArray(alone, full);
        }
        else
        {
            AddConstraints(field, schema);
        }
        if (field.Default is { } value && field.Type != FieldType.Object) schema["default"] = Value(field, value);
        schema["examples"] = Examples(field, _ => true);
        return schema;
    }

    private static void AddConstraints(Field field, JsonObject schema)
    {
        switch (field.Type)
        {
            case FieldType.Text or FieldType.Markdown:
                schema["type"] = "string";
                if ((field.MinLength ?? (field.Required ? 1 : null)) is { } min) schema["minLength"] = min;
                if (field.MaxLength is { } max) schema["maxLength"] = max;
                if (field.Pattern is { } pattern) schema["pattern"] = pattern.Expression;
                if (field.Choices.Count > 0) schema["enum"] = new JsonArray([.. field.Choices.Select(c => (JsonNode)c)]);
                break;
            case FieldType.Date:
                schema["type"] = "string";
                schema["pattern"] = @"^\d{4}-\d{2}-\d{2}$";
                schema["format"] = "date";
                break;
            case FieldType.Boolean:
                schema["type"] = "boolean";
                break;
            case FieldType.Integer:
                schema["type"] = "integer";
                if (field.Minimum is { } minimum) schema["minimum"] = minimum;
                break;
            case FieldType.List:
                schema["type"] = "array";
                if (field.MinItems is { } fewest) schema["minItems"] = fewest;
                schema["maxItems"] = field.MaxItems;
                if (field.UniqueItems) schema["uniqueItems"] = true;
                schema["items"] = Of(field.Item!, optional: false);
                break;
            case FieldType.Object:
                AddObject(field, schema);
                break;
            case FieldType.Map:
                schema["type"] = "object";
                // patternProperties rather than propertyNames: NJsonSchema, which the tests validate with, checks only the former.
                if (field.Pattern is { } keys)
                {
                    schema["patternProperties"] = new JsonObject { [keys.Expression] = Of(field.Item!, optional: false) };
                    schema["additionalProperties"] = false;
                }
                else
                    schema["additionalProperties"] = Of(field.Item!, optional: false);
                break;
        }
    }

    private static void AddObject(Field field, JsonObject schema)
    {
        schema["type"] = "object";
        var required = field.Fields!.Required.Select(f => (JsonNode)f.Name).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        schema["additionalProperties"] = false;
        var properties = new JsonObject();
        foreach (var child in field.Fields!) properties[child.Name] = Of(child, optional: !child.Required);
        schema["properties"] = properties;
    }

    private static JsonArray Examples(Field field, Func<JsonNode, bool> keep) =>
        new([.. field.AllExamples.Select(yaml => Value(field, yaml)).Where(keep)]);

    /// <summary>A YAML example as the JSON value it stands for, typed as the field declares.</summary>
    public static JsonNode Value(Field field, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader($"{field.Name}:{(yaml.StartsWith('\n') ? "" : " ")}{yaml}"));
        return Convert(field, ((YamlMappingNode)stream.Documents[0].RootNode).Children.Single().Value);
    }

    private static JsonNode Convert(Field field, YamlNode node) => (field.Type, node) switch
    {
        (FieldType.Boolean, YamlScalarNode s) => bool.Parse(s.Value!),
        (FieldType.Integer, YamlScalarNode s) => int.Parse(s.Value!, CultureInfo.InvariantCulture),
        (FieldType.List, YamlSequenceNode list) => new JsonArray([.. list.Children.Select(item => Convert(field.Item!, item))]),
        (FieldType.Object, YamlScalarNode s) when field.Shorthand is { } shorthand => Convert(shorthand, s),
        (FieldType.Object, YamlMappingNode map) => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(Key(kv.Key), (JsonNode?)Convert(field.Fields!.Find(Key(kv.Key)) ?? throw Undeclared(field, kv.Key), kv.Value)))),
        (FieldType.Map, YamlMappingNode map) => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(Key(kv.Key), (JsonNode?)Convert(field.Item!, kv.Value)))),
        (FieldType.Text or FieldType.Markdown or FieldType.Date, YamlScalarNode s) => s.Value!,
        _ => throw new InvalidOperationException($"the example of `{field.Name}` is not a {field.Type}"),
    };

    private static string Key(YamlNode node) => ((YamlScalarNode)node).Value!;

    private static InvalidOperationException Undeclared(Field field, YamlNode key) => new($"the example of `{field.Name}` has `{Key(key)}`, which it does not declare");
}
