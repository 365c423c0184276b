namespace RunnersQA.Diagnostics;

/// <summary>
/// The command was asked for something it cannot do (exit code 2), as opposed to a problem in the content.
/// It carries every problem found at once, each with a hint when there is one, printed as <c>check</c> prints its own.
/// </summary>
public sealed class UsageException(IReadOnlyList<(string Message, string? Hint)> problems)
    : Exception(string.Join("\n", problems.Select(p => p.Hint is null ? p.Message : $"{p.Message} ({p.Hint})")))
{
    public UsageException(string message, string? hint = null) : this([(message, hint)]) { }

    public IReadOnlyList<(string Message, string? Hint)> Problems { get; } = problems;
}
