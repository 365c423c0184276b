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

    public static readonly Field Medical = new("medical", FieldType.Boolean, "Medical",
        "`true` for a tag about health (injuries, illness): its answers' pages say so to search engines (MedicalWebPage), and `check` warns when one cites no sources.")
    {
        Default = "false", Examples = ["true"],
    };

    public static readonly Field ReviewEvery = SiteFields.ReviewEvery with
    {
        Description = "How often answers with this tag are due for review, instead of site.yml's `review_every:`. When an answer's tags set several, the shortest applies.",
        Examples = ["12 months"],
    };

    public static readonly Field SeeAClinician = new("see_a_clinician", FieldType.Text, "See a clinician",
        "When a reader should see a doctor or physiotherapist rather than rely on the answer: shown in a note on every answer with this tag, above the disclaimer.")
    {
        MaxLength = 400, Examples = ["See a doctor or physiotherapist if the pain is sharp, you cannot bear weight, or the knee swells or locks."],
    };

    public static readonly Field Entry = EntryFor("tag", Name, Description, Medical, ReviewEvery, SeeAClinician);

    public static readonly Field Document = new("tags", FieldType.Map, "RunnersQA tags",
        "The tags answers may use, input/tags.yml: each key is a tag id, each value its name or its name and description. Without the file, any valid id is accepted.")
    {
        Pattern = Id, Item = Entry,
    };

    /// <summary>The entry of one term of a taxonomy (a tag, a series): a name alone, or a name and a description.</summary>
    /// <param name="more">Fields only this kind of term has (a tag's review settings).</param>
    public static Field EntryFor(string term, Field name, Field description, params Field[] more) =>
        new(term, FieldType.Object, char.ToUpperInvariant(term[0]) + term[1..], $"One {term}.")
        {
            Fields = new([name, description, .. more]), Shorthand = name,
            Examples = [$"{{ {name.Example}, {description.Example} }}", name.ExampleValue],
        };
}
