using System.Collections;

namespace RunnersQA.Content.Fields;

/// <summary>The fields of a file or of an object, in the order docs and schemas show them.</summary>
public sealed class FieldSet : IReadOnlyList<Field>
{
    private readonly Field[] _fields;
    private readonly Dictionary<string, Field> _byName;

    public FieldSet(params Field[] fields)
    {
        _fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public Field? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<string> Names => _fields.Select(f => f.Name);

    public IEnumerable<Field> Required => _fields.Where(f => f.Required);

    public int Count => _fields.Length;
    public Field this[int index] => _fields[index];
    public IEnumerator<Field> GetEnumerator() => ((IEnumerable<Field>)_fields).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
