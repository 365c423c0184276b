namespace RunnersQA.Content.Fields;

/// <summary>Every kind of content file, as its declaration: one schema and one docs table each.</summary>
public static class ContentDocuments
{
    public static IReadOnlyList<Field> All { get; } = [AnswerFields.Document, ExpertFields.Document, SiteFields.Document, TagFields.Document];

    /// <summary>What the docs give a table of: every kind of file, and a taxonomy's entry in site.yml, which has no file of its own.</summary>
    public static IReadOnlyList<Field> Tabled { get; } = [.. All, TaxonomyFields.Entry];

    /// <summary>The fields a docs table lists: the document's own, or those of each entry of a map (tags.yml).</summary>
    public static FieldSet TableFields(Field document) => document.Fields ?? document.Item!.Fields!;
}
