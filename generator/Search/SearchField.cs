namespace RunnersQA.Search;

/// <summary>The fields BM25F weighs separately; values index <see cref="FieldCounts"/> and <see cref="FieldLengths"/>.</summary>
internal enum SearchField
{
    Title,
    Tags,
    Question,
    Expert,
    Body,
}
