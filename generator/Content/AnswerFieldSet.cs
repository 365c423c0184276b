using RunnersQA.Content.Fields;

namespace RunnersQA.Content;

/// <summary>
/// The fields an answer's front matter may hold on this site: those <see cref="AnswerFields"/> declares, and one
/// per taxonomy site.yml declares. Equal when the taxonomies ask the same of answers, so a load made with one
/// holds for the other.
/// </summary>
public sealed class AnswerFieldSet : IEquatable<AnswerFieldSet>
{
    private readonly TermsField[] _taxonomies;

    public AnswerFieldSet(IReadOnlyList<TermsField> taxonomies)
    {
        _taxonomies = [.. taxonomies];
        Fields = new FieldSet([.. AnswerFields.All, .. _taxonomies.Select(t => t.Declaration)]);
    }

    /// <summary>Only the fields <see cref="AnswerFields"/> declares: a site with tags alone.</summary>
    public static AnswerFieldSet Default { get; } = new([]);

    public FieldSet Fields { get; }

    public bool Equals(AnswerFieldSet? other) => other is not null && _taxonomies.AsSpan().SequenceEqual(other._taxonomies);

    public override bool Equals(object? obj) => Equals(obj as AnswerFieldSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var taxonomy in _taxonomies) hash.Add(taxonomy);
        return hash.ToHashCode();
    }
}
