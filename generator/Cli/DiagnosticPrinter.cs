using RunnersQA.Diagnostics;

namespace RunnersQA.Cli;

/// <summary>Prints diagnostics in the one format all verbs share.</summary>
internal static class DiagnosticPrinter
{
    /// <param name="verbose">Also print the exception behind a fault, indented under its diagnostic.</param>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, DiagnosticStyle style = DiagnosticStyle.Text, bool verbose = false)
    {
        Func<Diagnostic, string> format = style == DiagnosticStyle.GitHub ? GitHubAnnotation.Format : DiagnosticFormatter.Format;
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(format(diagnostic));
            if (verbose && diagnostic.Cause is { } cause)
                writer.WriteLine("  " + cause.ToString().ReplaceLineEndings("\n  "));
        }
    }

    public static string Count(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
