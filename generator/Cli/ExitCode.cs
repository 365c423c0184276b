namespace RunnersQA.Cli;

/// <summary>What the process returns: scripts and CI rely on these.</summary>
public static class ExitCode
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
