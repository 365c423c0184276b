using RunnersQA.Templates;

namespace RunnersQA.Pages;

/// <summary>
/// One HTML page to render: where it goes, which template draws it, and the values that template
/// receives besides <c>site</c> and <c>page</c>.
/// </summary>
/// <remarks>
/// Two pages are equal when their template would see the same values, compared by value (the model is made
/// of records and <see cref="Model.ValueList{T}"/>s), so an unchanged page need not be rendered again.
/// </remarks>
public sealed record Page(string OutputPath, string Template, PageInfo Info, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>The template the page is drawn inside, or null for a page whose template is the whole document.</summary>
    public string? Layout { get; init; } = TemplateSet.Layout;

    public bool Equals(Page? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || OutputPath != other.OutputPath || Template != other.Template || Layout != other.Layout || !Info.Equals(other.Info)
            || Values.Count != other.Values.Count) return false;
        foreach (var (name, value) in Values)
        {
            if (!other.Values.TryGetValue(name, out var theirs) || !Equals(value, theirs)) return false;
        }
        return true;
    }

    public override int GetHashCode() => HashCode.Combine(OutputPath, Template, Info);
}
