using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersQA.Content;
using RunnersQA.Content.Fields;

namespace RunnersQA.Scaffold;

/// <summary>
/// Every file of a new site, for <c>new site</c>: site.yml from the declarations, the starter content in the
/// site's language, schemas/ for editors, and the deploy files for a repository of its own that builds with the
/// pinned runnersqa tool. Paths are relative to the site's folder, with '/' separators.
/// </summary>
public static class SiteScaffold
{
    /// <summary>The CODEOWNERS owner written when <c>--owner</c> is not given.</summary>
    public const string OwnerPlaceholder = "@your-github-user-or-team";

    public static IReadOnlyList<(string Path, string Text)> Files(SiteSettings settings)
    {
        var input = new InputFolder("/site/input");
        string Modeline(string relative, Field document) =>
            SchemaModeline.For(input, Path.Combine(input.Root, relative), FieldSchema.FileName(document));

        var files = new List<(string, string)>
        {
            ("input/site.yml", SiteConfigScaffold.Text(Modeline("site.yml", SiteFields.Document), settings)),
        };

        var language = settings.StarterLanguage;
        foreach (var relative in StarterFiles.Under(language).Where(p => p != "description.txt"))
        {
            var document = relative switch
            {
                "tags.yml" => TagFields.Document,
                _ when relative.StartsWith("experts/", StringComparison.Ordinal) => ExpertFields.Document,
                _ => AnswerFields.Document,
            };
            // Answers go under the year they are dated in, today's.
            var target = relative.StartsWith("answers/", StringComparison.Ordinal)
                ? $"answers/{settings.Today.Year.ToString(CultureInfo.InvariantCulture)}/{relative["answers/".Length..]}"
                : relative;
            files.Add(("input/" + target, Fill(StarterFiles.Text(language, relative), settings, Modeline(target, document))));
        }

        files.AddRange(ContentDocuments.All.Select(d => ("schemas/" + FieldSchema.FileName(d), FieldSchema.Text(d))));
        files.AddRange(StarterFiles.Under("site").Select(relative => (relative, Fill(StarterFiles.Text("site", relative), settings, ""))));
        files.Add((".config/dotnet-tools.json", ToolManifest()));
        return files;
    }

    /// <summary>The description <c>new site</c> writes when given none, in the starter content's language.</summary>
    public static string DefaultDescription(SiteSettings settings) => StarterFiles.Text(settings.StarterLanguage, "description.txt").Trim();

    /// <summary>A dotnet local tool manifest pinning this very version, so every build of the site uses the generator that made it.</summary>
    public static string ToolManifest()
    {
        var manifest = new JsonObject
        {
            ["version"] = 1,
            ["isRoot"] = true,
            ["tools"] = new JsonObject
            {
                [ToolPackage.Id.ToLowerInvariant()] = new JsonObject
                {
                    ["version"] = ToolPackage.Version,
                    ["commands"] = new JsonArray(ToolPackage.Command),
                    ["rollForward"] = false,
                },
            },
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static string Fill(string text, SiteSettings settings, string modeline)
    {
        var owner = settings.Owner ?? OwnerPlaceholder;
        var note = settings.Owner is null
            ? $"# Replace {OwnerPlaceholder} below with your own GitHub user (@name) or team (@org/team)."
            : "# The owner was given to `new site --owner`.";
        return text
            .Replace("@modeline@", modeline, StringComparison.Ordinal)
            .Replace("@title@", settings.Title, StringComparison.Ordinal)
            .Replace("@date@", settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@ownernote@", note, StringComparison.Ordinal)
            .Replace("@owner@", owner, StringComparison.Ordinal);
    }
}
