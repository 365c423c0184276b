using System.Runtime.CompilerServices;

namespace RunnersQA.Search;

/// <summary>A term's frequency in each <see cref="SearchField"/> of one answer; ushort keeps a large site's postings small.</summary>
[InlineArray(Bm25F.FieldCount)]
internal struct FieldCounts
{
    private ushort _first;
}
