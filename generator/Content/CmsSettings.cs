using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>
/// site.yml's <c>cms:</c>: the content editor at /admin/ and where it saves. <see cref="Script"/> is the pinned
/// Decap CMS found where the site is built, or null when it is not installed (reported; then /admin/ is left out).
/// </summary>
public sealed record CmsSettings(string Backend, bool EditorialWorkflow, bool OpenAuthoring, string? AuthUrl, int LocalPort, DecapInstall? Script)
{
    public SourceLocation Location { get; init; } = SourceLocation.StartOf("site.yml");
}
