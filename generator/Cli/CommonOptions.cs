using System.CommandLine;

namespace RunnersQA.Cli;

/// <summary>Options every verb takes.</summary>
internal static class CommonOptions
{
    /// <summary>On the root command, so every verb takes it: adds the details of a fault (its stack trace) to its diagnostic.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print the details of an internal fault (for a bug report)",
        Recursive = true,
    };

    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "The folder that holds site.yml, answers/, experts/ and tags.yml",
        DefaultValueFactory = _ => "input",
    };
}
