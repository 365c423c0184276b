using System.Runtime.CompilerServices;

namespace RunnersQA.Search;

/// <summary>How many tokens each <see cref="SearchField"/> of one answer holds.</summary>
[InlineArray(Bm25F.FieldCount)]
internal struct FieldLengths
{
    private int _first;
}
