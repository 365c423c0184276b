using System.Globalization;

namespace RunnersQA.Bench;

/// <summary>The command line of rebuild-bench.</summary>
public sealed record RebuildOptions(string Input, string Theme, int Edits, bool Markdown)
{
    public static RebuildOptions? Parse(string[] args)
    {
        string? input = null, theme = null;
        var edits = 20;
        var markdown = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length: input = args[++i]; break;
                case "--theme" when i + 1 < args.Length: theme = args[++i]; break;
                case "--edits" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0: edits = n; i++; break;
                case "--markdown": markdown = true; break;
                default: return null;
            }
        }
        return input is null || theme is null ? null : new RebuildOptions(Path.GetFullPath(input), Path.GetFullPath(theme), edits, markdown);
    }
}
