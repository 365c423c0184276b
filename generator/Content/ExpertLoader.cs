using RunnersQA.Content.Fields;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Reads one expert file, <c>experts/&lt;id&gt;.md</c>, field by field as <see cref="ExpertFields"/> declares them.</summary>
public static class ExpertLoader
{
    public static ExpertFile Load(string fullPath, InputFolder input, FileListing files, MarkdownRenderer markdown, DiagnosticBag bag)
    {
        var source = MarkdownSource.Read(fullPath, input, files, "the expert's id", bag);
        var (id, at) = (source.Id, source.Start);

        var unknown = new List<UnknownKey>();
        var fields = source.FrontMatter?.Read(ExpertFields.All, "the front matter", unknown) ?? FieldValues.Empty;
        var name = fields.Text(ExpertFields.Name)?.Value ?? id;
        var role = fields.Text(ExpertFields.Role)?.Value ?? "";
        var credentials = fields.Texts(ExpertFields.Credentials).Select(c => c.Value).ToList();

        MediaFile? photo = null;
        if (fields.Text(ExpertFields.Photo) is { } photoName)
        {
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, photoName.Value));
            // Only a listed file beside the experts: never one outside input/, never one reached through a link.
            if (!full.StartsWith(input.ExpertsPath + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !files.Contains(full))
                bag.Error(photoName.Location, DiagnosticCode.MissingFile, $"photo '{photoName.Value}' is not a file in {input.Display(input.ExpertsPath)}/",
                    $"put the image beside the expert's .md file and give its file name, or remove the `{ExpertFields.Photo.Name}:` line");
            else if (files.ReadBytes(full, FileKind.Photo, bag) is { } bytes)
            {
                if (PhotoFormat.Problem(full, bytes) is { } problem)
                    bag.Error(photoName.Location, DiagnosticCode.InvalidValue, $"photo '{photoName.Value}' cannot be published: {problem}",
                        "use a photo saved as JPEG, PNG or WebP (or an SVG without scripts), beside the expert's .md file");
                else
                    photo = new MediaFile(Path.GetFileName(full), bytes);
            }
        }

        var links = fields.Entries(ExpertFields.Links)
            .Select(link => new Positioned<ExpertLink>(new ExpertLink(TagLoader.DisplayName(link.Key.Value), link.Value.Value), link.Value.Location)).ToList();

        var bio = markdown.Render(source.Body, source.DisplayPath, source.BodyFirstLine, bag);
        return new ExpertFile(id, at, name, role, credentials, photo, links, bio, unknown) 
        {
            InputPath = source.InputPath, Placeholders = source.Placeholders,
            Disclosures = fields.Texts(ExpertFields.Disclosures), Registration = RegistrationEntry.From(fields.Object(ExpertFields.Registration)),
        };
    }
}
