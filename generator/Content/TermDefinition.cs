using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>A term of a taxonomy as its terms file declares it: a tag in tags.yml, a level in site.yml.</summary>
public sealed record TermDefinition(string Id, string Name, string Description, SourceLocation Location)
{
    /// <summary>The term an entry declares under its id: its name (the id in words when it gives none) and description.</summary>
    public static TermDefinition From(Positioned<string> id, FieldValues? entry, Field name, Field description)
    {
        var named = entry?.Text(name)?.Value;
        return new(id.Value, string.IsNullOrWhiteSpace(named) ? TagLoader.DisplayName(id.Value) : named.Trim(), entry?.Text(description)?.Value ?? "", id.Location);
    }
}
