using System.CommandLine;
using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Diagnostics;
using RunnersQA.Pipeline;

namespace RunnersQA.Cli;

/// <summary><c>generator build</c>: input/ to a finished site in _site/.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, Invocation invocation)
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the site (replaced whole on success)", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site is served from, e.g. https://example.org/qa/ (overrides site.yml)" };
        var drafts = new Option<bool>("--drafts") { Description = "Include answers marked draft: true" };
        var theme = new Option<string?>("--theme") { Description = "Theme name under themes/, or a path to a theme folder (overrides site.yml)" };
        var timings = new Option<bool>("--timings") { Description = "Print the time each build stage took" };
        var minifyHtml = new Option<bool>("--minify-html") { Description = "Minify every page (white space, optional quotes and end tags)" };

        var command = new Command("build", "Build the site from the input folder") { input, output, baseUrl, drafts, theme, timings, minifyHtml };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(parsed.GetValue(input)!, parsed.GetValue(output)!, ParseBaseUrl(parsed.GetValue(baseUrl)),
                parsed.GetValue(drafts), parsed.GetValue(theme), parsed.GetValue(minifyHtml)) { Invocation = invocation };
            var result = SiteBuild.Run(options);
            DiagnosticPrinter.Print(result.Diagnostics, stdout, verbose: parsed.GetValue(CommonOptions.Verbose));
            if (parsed.GetValue(timings))
            {
                foreach (var (stage, elapsed) in result.Timings)
                    stdout.WriteLine($"  {stage,-10} {elapsed.TotalMilliseconds,8:0.0} ms");
            }
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            if (!result.Succeeded)
            {
                stdout.WriteLine($"Build failed: {DiagnosticPrinter.Count(result.Diagnostics)}; {options.Output} was left as it was ({seconds} s).");
                return ExitCode.ContentErrors;
            }
            stdout.WriteLine($"Built {result.Pages} pages ({result.FilesWritten} files, {result.FilesChanged} changed) into {options.Output} in {seconds} s.");
            return ExitCode.Ok;
        });
        return command;
    }

    private static Uri? ParseBaseUrl(string? text)
    {
        if (text is null) return null;
        return SiteConfigLoader.TryParseBaseUrl(text, out var uri)
            ? uri
            : throw new UsageException($"--base-url '{text}' is not an absolute http or https URL, such as https://example.org/qa/");
    }
}
