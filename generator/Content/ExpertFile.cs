using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>An expert as written in <c>experts/&lt;id&gt;.md</c>.</summary>
public sealed record ExpertFile(
    string Id,
    SourceLocation Location,
    string Name,
    string Role,
    IReadOnlyList<string> Credentials,
    MediaFile? Photo,
    IReadOnlyList<Positioned<ExpertLink>> Links,
    RenderedMarkdown Bio,
    IReadOnlyList<UnknownKey> UnknownKeys)
{
    /// <summary>Where the file is inside the input folder, '/'-separated: "experts/x.md".</summary>
    public string InputPath { get; init; } = "";

    /// <summary>Interests readers should know of (sponsorships, paid work), each as written.</summary>
    public IReadOnlyList<Positioned<string>> Disclosures { get; init; } = [];

    /// <summary>Their entry on a professional register, if they gave one.</summary>
    public RegistrationEntry? Registration { get; init; }

    /// <summary>Text <c>new</c> wrote for the author to replace, still in the file, each where it stands.</summary>
    public IReadOnlyList<Positioned<Placeholder>> Placeholders { get; init; } = [];
}
