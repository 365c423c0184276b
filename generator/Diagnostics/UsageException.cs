namespace RunnersQA.Diagnostics;

/// <summary>The command was asked for something it cannot do (exit code 2), as opposed to a problem in the content.</summary>
public sealed class UsageException(string message) : Exception(message);
