namespace RunnersQA.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
