namespace RunnersQA.Content.Fields;

/// <summary>Every kind of content file, as its declaration: one schema and one docs table each.</summary>
public static class ContentDocuments
{
    public static IReadOnlyList<Field> All { get; } = [AnswerFields.Document, ExpertFields.Document, SiteFields.Document, TagFields.Document];

    /// <summary>The fields a docs table lists: the document's own, or those of each entry of a map (tags.yml).</summary>
    public static FieldSet TableFields(Field document) => document.Fields ?? document.Item!.Fields!;
}
