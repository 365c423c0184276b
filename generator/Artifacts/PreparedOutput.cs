using RunnersQA.Content;
using RunnersQA.Pages;

namespace RunnersQA.Artifacts;

/// <summary>
/// Files a stage of their own makes before pages render, because pages name them (the theme's assets, the
/// search index): here only what they reserve. The files they reserve by name are published even by a
/// <c>check</c> that does not make them.
/// </summary>
public sealed class PreparedOutput(IReadOnlyList<ReservedPath> reserved) : IOutputSource
{
    public IEnumerable<ReservedPath> Reserved(ContentSet content) => reserved;

    public IEnumerable<string> NamedFiles => reserved.Where(r => !r.IsFolder).Select(r => r.Path);
}
