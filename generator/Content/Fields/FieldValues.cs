using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Fields;

/// <summary>
/// The values read from a file or an object for its declared fields, each with its position. A field left
/// out, or whose value was wrong (and reported), has no value. Typed accessors say what each type holds.
/// </summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, object> _values;

    public static FieldValues Empty { get; } = new(new Dictionary<string, object>(StringComparer.Ordinal));

    internal FieldValues(Dictionary<string, object> values) => _values = values;

    /// <summary>A <see cref="FieldType.Text"/> or <see cref="FieldType.Markdown"/> field.</summary>
    public Positioned<string>? Text(Field field) => Raw(field, FieldType.Text) as Positioned<string>?;

    public Positioned<DateOnly>? Date(Field field) => Raw(field, FieldType.Date) as Positioned<DateOnly>?;

    public Positioned<bool>? Boolean(Field field) => Raw(field, FieldType.Boolean) as Positioned<bool>?;

    public Positioned<int>? Integer(Field field) => Raw(field, FieldType.Integer) as Positioned<int>?;

    /// <summary>A list of texts: empty when left out.</summary>
    public IReadOnlyList<Positioned<string>> Texts(Field field) => Raw(field, FieldType.List) as IReadOnlyList<Positioned<string>> ?? [];

    /// <summary>A list of objects: empty when left out.</summary>
    public IReadOnlyList<FieldValues> Objects(Field field) => Raw(field, FieldType.List) as IReadOnlyList<FieldValues> ?? [];

    /// <summary>An object, also when written as its <see cref="Field.Shorthand"/>.</summary>
    public FieldValues? Object(Field field) => Raw(field, FieldType.Object) as FieldValues;

    /// <summary>A map's entries in the order written: empty when left out.</summary>
    public IReadOnlyList<(Positioned<string> Key, Positioned<string> Value)> Entries(Field field) =>
        Raw(field, FieldType.Map) as IReadOnlyList<(Positioned<string>, Positioned<string>)> ?? [];

    /// <summary>A map of objects (<c>taxonomies:</c>, a taxonomy's <c>terms:</c>): each key with its object, in the order written; empty when left out.</summary>
    public IReadOnlyList<(Positioned<string> Key, FieldValues Value)> ObjectEntries(Field field) =>
        Raw(field, FieldType.Map) as IReadOnlyList<(Positioned<string>, FieldValues)> ?? [];

    /// <summary>A field read as another type than declared is a mistake in the generator, not in the input.</summary>
    private object? Raw(Field field, FieldType type)
    {
        if ((field.Type == FieldType.Markdown ? FieldType.Text : field.Type) != type)
            throw new InvalidOperationException($"`{field.Name}` is a {field.Type} field, not {type}");
        return _values.GetValueOrDefault(field.Name);
    }
}
