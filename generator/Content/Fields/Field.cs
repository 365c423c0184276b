namespace RunnersQA.Content.Fields;

/// <summary>
/// One field of a content file, declared once: the loaders read it, the unknown-field rule knows it, the
/// rules take their limits from it, <c>new</c> writes it, and the JSON Schemas and docs tables are made from it.
/// Limits left null do not apply. <see cref="Examples"/> are YAML as the author writes it after <c>name:</c>.
/// </summary>
public sealed record Field(string Name, FieldType Type, string Title, string Description)
{
    public bool Required { get; init; }

    /// <summary>YAML values, the first shown in hints; left empty, an object or list's example is made from its fields'.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>What a missing value stands for, in YAML.</summary>
    public string? Default { get; init; }

    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>What a text must match; for a <see cref="FieldType.Map"/>, what each key must match.</summary>
    public TextPattern? Pattern { get; init; }

    /// <summary>The only values a text may take.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The smallest whole number allowed.</summary>
    public int? Minimum { get; init; }

    public int? MinItems { get; init; }

    /// <summary>A list's most items: no list may hold more than <see cref="InputLimits.ListItems"/>.</summary>
    public int MaxItems { get; init; } = InputLimits.ListItems;

    public bool UniqueItems { get; init; }

    /// <summary>The collection whose ids a text names (an answer's <c>expert:</c> names an expert file): a relation in the CMS.</summary>
    public string? References { get; init; }

    /// <summary>A text that names a file beside the content file (an expert's photo): an upload in the CMS.</summary>
    public bool NamesFile { get; init; }

    /// <summary>Each item of a <see cref="FieldType.List"/>, each value of a <see cref="FieldType.Map"/>.</summary>
    public Field? Item { get; init; }

    /// <summary>The fields of an <see cref="FieldType.Object"/>.</summary>
    public FieldSet? Fields { get; init; }

    /// <summary>The field of an object that a plain value stands for: <c>asker: Matt</c> is <c>asker: { name: Matt }</c>.</summary>
    public Field? Shorthand { get; init; }

    /// <summary>The YAML an author would write, <c>name: value</c>, for "for example" hints.</summary>
    public string Example => $"{Name}:{(ExampleValue.StartsWith('\n') ? "" : " ")}{ExampleValue}";

    /// <summary>The first example's YAML, or one made from the fields' or the item's examples.</summary>
    public string ExampleValue => Examples.Count > 0 ? Examples[0] : Type switch
    {
        FieldType.Object => "{ " + string.Join(", ", Fields!.Select(f => f.Example)) + " }",
        FieldType.List when Item!.Type == FieldType.Object => "\n  - " + string.Join("\n    ", Item.Fields!.Select(f => f.Example)),
        FieldType.List => "[" + string.Join(", ", Item!.Examples) + "]",
        _ => throw new InvalidOperationException($"field `{Name}` declares no example"),
    };

    /// <summary>Every example's YAML value: the declared ones, or the one made from the parts.</summary>
    public IReadOnlyList<string> AllExamples => Examples.Count > 0 ? Examples : [ExampleValue];
}
