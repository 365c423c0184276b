using RunnersQA.Content;

namespace RunnersQA.Pages;

/// <summary>Something the build publishes: it names the paths it may write, before anything is built.</summary>
public interface IOutputSource
{
    /// <summary>
    /// Every path it may write for this content, so that nothing else (an alias) is let in there. Read from the
    /// content rather than the model, since aliases are checked with the content.
    /// </summary>
    IEnumerable<ReservedPath> Reserved(ContentSet content);
}
