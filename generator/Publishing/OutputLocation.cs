using RunnersQA.Diagnostics;
namespace RunnersQA.Publishing;

/// <summary>Guards the output folder: building may replace it whole, so it must never hold the input.</summary>
public static class OutputLocation
{
    public static void Check(string output, string input)
    {
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var inputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        if (outputFull == inputFull)
            throw new UsageException($"--output {output} is the input folder; choose another folder, such as _site");
        if (IsInside(outputFull, inputFull))
            throw new UsageException($"--output {output} is inside the input folder {input}; choose a folder outside it, such as _site");
        if (IsInside(inputFull, outputFull))
            throw new UsageException($"--output {output} contains the input folder {input}, and building replaces the output folder whole; choose a folder such as _site");
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
