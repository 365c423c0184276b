using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Reads one expert file: <c>experts/&lt;id&gt;.md</c>.</summary>
public static class ExpertLoader
{
    public static ExpertFile Load(string fullPath, InputFolder input, FileListing files, MarkdownRenderer markdown, DiagnosticBag bag)
    {
        var source = MarkdownSource.Read(fullPath, input, files, "the expert's id", bag);
        var (id, at) = (source.Id, source.Start);

        var fm = source.FrontMatter;
        var name = fm?.String("name", true, "name: Rachel Moss")?.Value ?? id;
        var role = fm?.String("role", true, "role: Running coach")?.Value ?? "";
        var credentials = fm?.StringList("credentials", false, "credentials: [MSc Sport Science, UK Athletics coach]").Select(c => c.Value).ToList() ?? [];

        MediaFile? photo = null;
        if (fm?.String("photo", false, "photo: rachel-moss.jpg") is { } photoName)
        {
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, photoName.Value));
            // Only a listed file beside the experts: never one outside input/, never one reached through a link.
            if (!full.StartsWith(input.ExpertsPath + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !files.Contains(full))
                bag.Error(photoName.Location, DiagnosticCode.MissingFile, $"photo '{photoName.Value}' is not a file in {input.Display(input.ExpertsPath)}/",
                    "put the image beside the expert's .md file and give its file name, or remove the `photo:` line");
            else if (files.ReadBytes(full, FileKind.Photo, bag) is { } bytes)
            {
                if (PhotoFormat.Problem(full, bytes) is { } problem)
                    bag.Error(photoName.Location, DiagnosticCode.InvalidValue, $"photo '{photoName.Value}' cannot be published: {problem}",
                        "use a photo saved as JPEG, PNG or WebP (or an SVG without scripts), beside the expert's .md file");
                else
                    photo = new MediaFile(Path.GetFileName(full), bytes);
            }
        }

        var links = new List<Positioned<ExpertLink>>();
        if (fm?.Map("links", "links: { website: https://example.org }") is { } linkMap)
        {
            foreach (var (key, _) in linkMap.Entries)
            {
                if (linkMap.String(key.Value, false, $"{key.Value}: https://example.org") is { } url)
                    links.Add(new(new ExpertLink(TagLoader.DisplayName(key.Value), url.Value), url.Location));
            }
        }

        var bio = markdown.Render(source.Body, source.DisplayPath, source.BodyFirstLine, bag);
        return new ExpertFile(id, at, name, role, credentials, photo, links, bio, fm?.Keys("").ToList() ?? []);
    }
}
