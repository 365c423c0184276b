using System.CommandLine;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;

namespace RunnersQA.Cli;

/// <summary><c>generator check</c>: every problem in input/, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, Invocation invocation)
    {
        var input = CommonOptions.Input();
        var format = new Option<DiagnosticStyle>("--format")
        {
            Description = "text (default), github (workflow commands that annotate a pull request) or json",
            DefaultValueFactory = _ => DiagnosticStyle.Text,
        };
        var command = new Command("check", "Check the input folder and report every problem, writing nothing") { input, format };
        command.SetAction(parsed =>
        {
            var result = SiteBuild.Check(new BuildOptions(Input: parsed.GetValue(input)!) { Invocation = invocation });
            var style = parsed.GetValue(format);
            if (style == DiagnosticStyle.Json)
            {
                // Nothing but the document on stdout, so tools can parse it whole.
                using var buffer = new MemoryStream();
                DiagnosticJson.Write(result.Diagnostics, buffer);
                stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                DiagnosticPrinter.Print(result.Diagnostics, stdout, style, parsed.GetValue(CommonOptions.Verbose));
                stdout.WriteLine($"Checked {parsed.GetValue(input)}: {DiagnosticPrinter.Count(result.Diagnostics)}.");
            }
            return result.Succeeded ? ExitCode.Ok : ExitCode.ContentErrors;
        });
        return command;
    }
}
