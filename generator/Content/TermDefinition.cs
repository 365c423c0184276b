using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>A term of a taxonomy as its terms file declares it: a tag in tags.yml, a level in site.yml.</summary>
public sealed record TermDefinition(string Id, string Name, string Description, SourceLocation Location)
{
    /// <summary>A tag about health (<c>medical: true</c>): its answers are medical web pages and should cite sources.</summary>
    public bool Medical { get; init; }

    /// <summary>How often its answers are due for review, instead of the site's interval; where it is set, for diagnostics.</summary>
    public Positioned<ReviewInterval>? ReviewEvery { get; init; }

    /// <summary>When to see a clinician, shown on every answer with the term; null for none.</summary>
    public string? SeeAClinician { get; init; }

    /// <summary>The term an entry declares under its id: its name (the id in words when it gives none) and description.</summary>
    public static TermDefinition From(Positioned<string> id, FieldValues? entry, Field name, Field description)
    {
        var named = entry?.Text(name)?.Value;
        return new(id.Value, string.IsNullOrWhiteSpace(named) ? TagLoader.DisplayName(id.Value) : named.Trim(), entry?.Text(description)?.Value ?? "", id.Location);
    }
}
