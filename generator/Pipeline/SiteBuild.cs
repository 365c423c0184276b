namespace RunnersQA.Pipeline;

/// <summary>One build or check of a site, for the commands that run once (<c>build</c>, <c>check</c>).</summary>
public static class SiteBuild
{
    /// <summary>Loads, validates and renders, writing nothing: what <c>check</c> runs.</summary>
    public static BuildResult Check(BuildOptions options) => new BuildSession(options, write: false).Run();

    public static BuildResult Run(BuildOptions options) => new BuildSession(options).Run();
}
