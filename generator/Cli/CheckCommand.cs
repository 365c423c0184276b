using System.CommandLine;
using RunnersQA.Build;

namespace RunnersQA.Cli;

/// <summary><c>generator check</c>: every problem in input/, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout)
    {
        var input = CommonOptions.Input();
        var command = new Command("check", "Check the input folder and report every problem, writing nothing") { input };
        command.SetAction(parsed =>
        {
            var result = SiteBuild.Check(new BuildOptions(Input: parsed.GetValue(input)!));
            DiagnosticPrinter.Print(result.Diagnostics, stdout);
            stdout.WriteLine($"Checked {parsed.GetValue(input)}: {DiagnosticPrinter.Count(result.Diagnostics)}.");
            return result.Succeeded ? ExitCode.Ok : ExitCode.ContentErrors;
        });
        return command;
    }
}
