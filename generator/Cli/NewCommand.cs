using System.CommandLine;
using System.Globalization;
using System.Text;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Scaffold;
using RunnersQA.Validation;

namespace RunnersQA.Cli;

/// <summary>
/// <c>generator new answer</c> and <c>generator new expert</c>: start a file that already passes <c>check</c>.
/// Whatever <c>check</c> would reject later (an unknown expert or tag, a slug in use, a title or tag count out of
/// bounds) is refused here, before writing, with the same limits as the rules.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, Invocation invocation) =>
        new("new", "Start a new answer, expert or site from a template") { Answer(stdout, invocation), Expert(stdout, invocation), NewSiteCommand.Create(stdout, invocation) };

    private static Command Answer(TextWriter stdout, Invocation invocation)
    {
        var input = CommonOptions.Input();
        var title = new Option<string>("--title") { Description = "The reader's question as a headline; the file name is made from it", Required = true };
        var expert = new Option<string>("--expert") { Description = "The id of the expert answering (a file name in experts/ without .md)", Required = true };
        var tags = new Option<string[]>("--tags") { Description = $"{AnswerFields.Tags.MinItems} to {AnswerFields.Tags.MaxItems} tag ids from tags.yml, separated by commas", Required = true };
        var date = new Option<string?>("--date") { Description = "The publication date, YYYY-MM-DD (default: today)" };

        var command = new Command("answer", "Write a draft answer to answers/<year>/<slug>.md") { input, title, expert, tags, date };
        command.SetAction(parsed =>
        {
            var folder = OpenInput(parsed.GetValue(input)!);
            // Every mistake in the arguments at once, in check's words, as check reports every mistake in the files.
            var problems = new List<(string Message, string? Hint)>();
            var titleText = CheckTitle(parsed.GetValue(title)!, problems);
            var expertId = CheckExpert(folder, parsed.GetValue(expert)!.Trim(), invocation, problems);
            var tagIds = CheckTags(folder, parsed.GetValue(tags)!, problems);
            var day = ParseDate(parsed.GetValue(date), problems);
            if (problems.Count > 0) throw new UsageException(problems);

            var slug = AnswerSlug.FromTitle(titleText);
            if (slug.Length == 0)
                throw new UsageException($"the title '{titleText}' gives an empty file name: it needs some letters a-z or digits");
            var path = Path.Combine(folder.AnswersPath, day.Year.ToString(CultureInfo.InvariantCulture), slug + ".md");
            RefuseExisting(folder, path);
            // Slugs are unique across years: the URL has no year in it.
            if (Directory.Exists(folder.AnswersPath)
                && Directory.EnumerateFiles(folder.AnswersPath, slug + ".md", SearchOption.AllDirectories).FirstOrDefault() is { } taken)
                throw new UsageException($"{folder.Display(taken)} already has the slug '{slug}', and slugs are unique across years; reword the title");

            Create(stdout, invocation, folder, path, parsed.GetValue(input)!,
                AnswerScaffold.Text(SchemaModeline.For(folder, path, FieldSchema.FileName(AnswerFields.Document)), titleText, day, expertId, tagIds),
                $"Write the reader's question under `{AnswerFields.Question.Name}:` and the answer below the front matter.",
                $"Remove `{AnswerFields.Draft.Name}: true` when the answer is ready to publish.");
            return ExitCode.Ok;
        });
        return command;
    }

    private static Command Expert(TextWriter stdout, Invocation invocation)
    {
        var input = CommonOptions.Input();
        var id = new Argument<string>("id") { Description = $"The expert's id, which answers use in `{AnswerFields.Expert.Name}:`: a-z, 0-9 and hyphens, e.g. {AnswerFields.Expert.ExampleValue}" };
        var name = new Option<string?>("--name") { Description = "The name shown on the site (default: the id as words)" };
        var role = new Option<string?>("--role") { Description = $"The expert's role (default: '{ExpertScaffold.DefaultRole}')" };

        var command = new Command("expert", "Write a new expert to experts/<id>.md") { id, input, name, role };
        command.SetAction(parsed =>
        {
            var folder = OpenInput(parsed.GetValue(input)!);
            var expertId = parsed.GetValue(id)!;
            if (!Slug.IsValid(expertId))
            {
                var suggestion = Slug.From(expertId);
                throw new UsageException($"the id '{expertId}' may hold only a-z, 0-9 and single hyphens"
                    + (suggestion.Length > 0 ? $": did you mean '{suggestion}'?" : ""));
            }
            var nameText = NonEmpty(parsed.GetValue(name), "--name") ?? ExpertScaffold.DefaultName(expertId);
            var roleText = NonEmpty(parsed.GetValue(role), "--role") ?? ExpertScaffold.DefaultRole;

            var path = Path.Combine(folder.ExpertsPath, expertId + ".md");
            RefuseExisting(folder, path);
            Create(stdout, invocation, folder, path, parsed.GetValue(input)!,
                ExpertScaffold.Text(SchemaModeline.For(folder, path, FieldSchema.FileName(ExpertFields.Document)), expertId, nameText, roleText),
                "Fill in the role, credentials and links, and write the bio below the front matter.",
                $"For a photo, put the image beside the file and uncomment `{ExpertFields.Photo.Name}:`.");
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Requires site.yml, so that a mistyped --input cannot scatter files in some other folder.</summary>
    private static InputFolder OpenInput(string path)
    {
        var folder = InputFolder.At(path);
        if (!File.Exists(folder.SiteConfigPath))
            throw new UsageException($"{path} is not an input folder (it has no site.yml); pass --input with the folder that holds site.yml");
        return folder;
    }

    private static string CheckTitle(string title, List<(string, string?)> problems)
    {
        var trimmed = title.Trim();
        if (trimmed.Any(char.IsControl))
            problems.Add(("--title: the title must be one line, without control characters", null));
        var (min, max) = (AnswerFields.Title.MinLength!.Value, AnswerFields.Title.MaxLength!.Value);
        if (trimmed.Length < min || trimmed.Length > max)
            problems.Add(($"--title: the title is {trimmed.Length} characters long; it must be {min} to {max}",
                $"write the reader's question as a full sentence, for example --title \"{AnswerFields.Title.ExampleValue}\""));
        return trimmed;
    }

    private static string CheckExpert(InputFolder folder, string expert, Invocation invocation, List<(string, string?)> problems)
    {
        var known = Directory.Exists(folder.ExpertsPath)
            ? Directory.EnumerateFiles(folder.ExpertsPath, "*.md", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList()
            : [];
        if (UnknownExpert.Problem(expert, known, folder) is { } problem)
            problems.Add(($"--expert: {problem.Message}", NearestName.Find(expert, known) is null
                ? $"{problem.Hint}; `{invocation.For($"new expert {(Slug.IsValid(expert) ? expert : Slug.From(expert))}")}` writes one"
                : problem.Hint));
        return expert;
    }

    /// <summary>Accepts "a,b" as well as repeated --tags; tags.yml, when the site has one, lists the allowed ids.</summary>
    private static IReadOnlyList<string> CheckTags(InputFolder folder, string[] values, List<(string, string?)> problems)
    {
        var tags = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                         .Distinct(StringComparer.Ordinal).ToList();
        var (min, max) = (AnswerFields.Tags.MinItems!.Value, AnswerFields.Tags.MaxItems);
        if (tags.Count < min || tags.Count > max)
            problems.Add(($"--tags: give {min} to {max} tags (got {tags.Count})", $"for example --tags {string.Join(',', AnswerFields.Tags.Item!.Examples)}"));

        // Problems in tags.yml itself are for `check` to report; here only its ids matter, judged as check judges them.
        var quiet = new DiagnosticBag();
        var declared = TagLoader.Load(folder, FileListing.Scan(folder.Root, [folder.TagsPath], folder.Display, quiet), quiet);
        var taxonomy = TaxonomyLoader.Complete([], declared, folder.Display(folder.TagsPath), [])[0];
        foreach (var tag in tags)
        {
            if (UnknownTerm.Problem(taxonomy, tag) is { } problem)
                problems.Add(($"--tags: {problem.Message}", problem.Hint));
            else if (declared is null && !Slug.IsValid(tag))
                problems.Add(($"--tags: tag '{tag}' may hold only a-z, 0-9 and single hyphens", $"did you mean '{Slug.From(tag)}'?"));
        }
        return tags;
    }

    private static DateOnly ParseDate(string? text, List<(string, string?)> problems)
    {
        if (text is null) return DateOnly.FromDateTime(DateTime.Now);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(($"--date: '{text}' is not a date in the form YYYY-MM-DD", $"for example --date {AnswerFields.Date.ExampleValue}"));
        return default;
    }

    private static string? NonEmpty(string? value, string option) => value switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(value) => throw new UsageException($"{option} must not be empty; leave it out for the default"),
        _ => value.Trim(),
    };

    private static void RefuseExisting(InputFolder folder, string path)
    {
        if (File.Exists(path))
            throw new UsageException($"{folder.Display(path)} already exists; it was left as it was");
    }

    /// <summary>
    /// Writes the new file (UTF-8 without BOM; CreateNew, so a file appearing since the checks is never
    /// overwritten), then says what was written and what the author does next, ending with the check to run.
    /// </summary>
    private static void Create(TextWriter stdout, Invocation invocation, InputFolder folder, string path, string input, string text, params string[] steps)
    {
        // A folder on the way that is a link (a committed answers/2026 -> /somewhere) would put the file outside input/.
        if (FileListing.LinkOnTheWay(folder.Root, path) is { } link)
            throw new UsageException($"{folder.Display(link)} is a symbolic link; `new` writes only inside the input folder. Replace the link with a real folder");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

        stdout.WriteLine($"Created {folder.Display(path)}");
        stdout.WriteLine("Next steps:");
        var check = invocation.For(input == "input" ? "check" : $"check --input {input}");
        foreach (var (step, number) in steps.Append($"Run `{check}`.").Select((s, i) => (s, i + 1)))
            stdout.WriteLine($"  {number}. {step}");
    }
}
