namespace RunnersQA.Content.Fields;

/// <summary>
/// One taxonomy besides tags, as <c>taxonomies:</c> in site.yml declares it under its key (<c>levels:</c>): the key
/// is the answers' front-matter field that lists its terms, and the search index's name for it.
/// </summary>
public static class TaxonomyFields
{
    /// <summary>The search page's parameter for the words searched for: no taxonomy's term may be it.</summary>
    public const string QueryParameter = "q";

    /// <summary>The search page's parameter for the order of results (pages/search.html): no taxonomy's term may be it.</summary>
    public const string SortParameter = "sort";

    /// <summary>What a folder must look like: one slug and a slash.</summary>
    public static readonly TextPattern Folder = new(Content.Slug.Expression[..^1] + "/$", "a folder name of lower-case letters a-z, digits and single hyphens, ending in `/`");

    public static readonly Field Name = new("name", FieldType.Text, "Name", "The taxonomy's name as readers see it, plural; the key in words when left out.")
    {
        Examples = ["Levels"],
    };

    public static readonly Field Term = new("term", FieldType.Text, "Term",
        "One term's kind in a word: the search filter's parameter (`/search/?level=beginner`) and the kind of the term pages; the key when left out.")
    {
        Pattern = TextPattern.Slug, Examples = ["level"],
    };

    public static readonly Field TermName = new("term_name", FieldType.Text, "Term name", "One term's kind as readers see it; the term in words when left out.")
    {
        Examples = ["Level"],
    };

    public static readonly Field Path = new("path", FieldType.Text, "Folder", "Where its index and term pages are published; the key and `/` when left out.")
    {
        Pattern = Folder, Examples = ["levels/"],
    };

    public static readonly Field Max = new("max", FieldType.Integer, "Most terms", "At most how many of its terms one answer may have.")
    {
        Minimum = 1, Default = "6", Examples = ["1"],
    };

    public static readonly Field Required = new("required", FieldType.Boolean, "Required", "`true` makes every answer name at least one of its terms.")
    {
        Default = "false", Examples = ["true"],
    };

    public static readonly Field TermEntryName = new("name", FieldType.Text, "Name", "The term's name as readers see it; the id in words when left out.")
    {
        Examples = ["Beginner"],
    };

    public static readonly Field TermEntryDescription = new("description", FieldType.Text, "Description", "A sentence on the term's page saying what its answers are about.")
    {
        Examples = ["New to running or back after a long break."],
    };

    public static readonly Field Terms = new("terms", FieldType.Map, "Terms",
        "The terms answers may use, as tags.yml gives tags: each key a term id, each value its name or its name and description. Left out, any valid id is accepted.")
    {
        Pattern = TextPattern.Slug, Item = TagFields.EntryFor("term", TermEntryName, TermEntryDescription),
        Examples = ["{ beginner: { name: Beginner, description: New to running. }, advanced: Advanced }"],
    };

    public static readonly Field Entry = new("taxonomy", FieldType.Object, "Taxonomy", "One taxonomy besides tags, under its key.")
    {
        Fields = new(Name, Term, TermName, Path, Max, Required, Terms),
        Examples = ["{ term: level, max: 1, terms: { beginner: Beginner, advanced: Advanced } }"],
    };

    /// <summary>The answers' field listing a taxonomy's terms; tags have theirs, <see cref="AnswerFields.Tags"/>.</summary>
    public static Field AnswerField(TermsField declared) => new(declared.Key, FieldType.List, $"Terms of `{declared.Key}`",
        $"The {declared.Key} the answer is filed under: ids of its terms, as site.yml declares them.")
    {
        Required = declared.Required, MinItems = declared.Required ? 1 : null, MaxItems = declared.MaxTerms, UniqueItems = true,
        Item = new(declared.Term, FieldType.Text, "Term id", $"A {declared.Term} id.") { Pattern = TextPattern.Slug, Examples = [$"{declared.Term}-id"] },
        Examples = [$"[{declared.Term}-id]"],
    };
}
