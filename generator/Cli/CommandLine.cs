using System.CommandLine;
using RunnersQA.Diagnostics;

namespace RunnersQA.Cli;

/// <summary>The <c>generator</c> command line: parses, dispatches to a verb, maps failures to exit codes.</summary>
public static class CommandLine
{
    /// <summary>The --input the verb was given, for a diagnostic that has no file of its own.</summary>
    private static string InputArgument(ParseResult parsed) =>
        parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--input") is Option<string> input && parsed.GetValue(input) is { } value
            ? value : "input";

    /// <param name="invocation">How the user ran it, for hints that name a command; the installed tool's name when left out.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Invocation? invocation = null)
    {
        invocation ??= Invocation.Installed;
        var root = new RootCommand("RunnersQA: builds a static site of expert answers to runners' questions")
        {
            BuildCommand.Create(stdout, invocation),
            CheckCommand.Create(stdout, invocation),
            NewCommand.Create(stdout, invocation),
            ServeCommand.Create(stdout, invocation),
            CommonOptions.Verbose,
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine($"Run `{invocation.For("--help")}` for usage.");
            return ExitCode.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr });
        }
        catch (UsageException e)
        {
            foreach (var (message, hint) in e.Problems)
            {
                stderr.WriteLine($"error: {message}");
                if (hint is not null) stderr.WriteLine($"  hint: {hint}");
            }
            return ExitCode.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system refused (permissions, a full disk): nothing in the content can fix that.
            stderr.WriteLine($"error: {e.Message}");
            return ExitCode.UsageError;
        }
        catch (Exception e)
        {
            // The last resort: a fault no stage caught is still one diagnostic, never a stack trace (unless asked for).
            var diagnostic = FaultBarrier.Describe(e, SourceLocation.StartOf(InputArgument(parsed)), $"running `{string.Join(' ', args)}`");
            DiagnosticPrinter.Print([diagnostic], stdout, verbose: parsed.GetValue(CommonOptions.Verbose));
            return ExitCode.ContentErrors;
        }
    }
}
