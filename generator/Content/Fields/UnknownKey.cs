using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Fields;

/// <summary>
/// A key written where <paramref name="Known"/> declares no such field (a misspelt <c>titel:</c>), kept as read so
/// the unknown-field rule can report it with the nearest known name. <paramref name="Where"/> says where it
/// stands: "the front matter", "`asker`", "site.yml".
/// </summary>
public sealed record UnknownKey(Positioned<string> Name, string Where, FieldSet Known)
{
    /// <summary>The field whose text comes just before a key that looks like more of it (<c>Should I: stop?</c> under
    /// <c>question: |</c>, not indented), or null.</summary>
    public string? TextAbove { get; init; }
}
