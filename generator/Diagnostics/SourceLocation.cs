namespace RunnersQA.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, as editors count them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);
}
