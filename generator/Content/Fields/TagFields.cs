namespace RunnersQA.Content.Fields;

/// <summary>
/// <c>tags.yml</c>: each key is a tag id, each value an <see cref="Entry"/>. The entry is declared for a kind
/// of term, so another taxonomy can declare its own the same way.
/// </summary>
public static class TagFields
{
    /// <summary>What a key of the file must be: the id answers use.</summary>
    public static readonly TextPattern Id = TextPattern.Slug;

    public static readonly Field Name = new("name", FieldType.Text, "Name", "The tag's name as readers see it; the id in words when left out.")
    {
        Examples = ["Knee pain"],
    };

    public static readonly Field Description = new("description", FieldType.Text, "Description", "A sentence on the tag's page saying what its answers are about.")
    {
        Examples = ["Pain around the kneecap and what to do about it."],
    };

    public static readonly Field Entry = EntryFor("tag", Name, Description);

    public static readonly Field Document = new("tags", FieldType.Map, "RunnersQA tags",
        "The tags answers may use, input/tags.yml: each key is a tag id, each value its name or its name and description. Without the file, any valid id is accepted.")
    {
        Pattern = Id, Item = Entry,
    };

    /// <summary>The entry of one term of a taxonomy (a tag, a series): a name alone, or a name and a description.</summary>
    public static Field EntryFor(string term, Field name, Field description) =>
        new(term, FieldType.Object, char.ToUpperInvariant(term[0]) + term[1..], $"One {term}.")
        {
            Fields = new(name, description), Shorthand = name,
            Examples = [$"{{ {name.Example}, {description.Example} }}", name.ExampleValue],
        };
}
