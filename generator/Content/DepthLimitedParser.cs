using RunnersQA.Content.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RunnersQA.Content;

/// <summary>
/// YamlDotNet's parser, stopped at <see cref="InputLimits.YamlNesting"/> lists and maps inside one another:
/// its document model loads nested nodes by recursion, and thousands of '[' would overflow the stack, which no
/// handler can catch.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > InputLimits.YamlNesting:
                throw new TooDeepException(inner.Current.Start);
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }

    /// <summary>Where the list or map that is one level too deep starts.</summary>
    internal sealed class TooDeepException(Mark start) : Exception("YAML nested too deeply")
    {
        public Mark Start { get; } = start;
    }
}
