using System.CommandLine;

namespace RunnersQA.Cli;

/// <summary>Options every verb takes.</summary>
internal static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "The folder that holds site.yml, answers/, experts/ and tags.yml",
        DefaultValueFactory = _ => "input",
    };
}
