using System.Security.Cryptography;
using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;
using RunnersQA.Validation;

namespace RunnersQA.Content;

/// <summary>
/// An answer's images live beside its file and are named by a relative path (<c>![…](calf-raise.jpg)</c>): this finds
/// the file, checks it (inside answers/, listed, at most <see cref="InputLimits.MediaFileBytes"/>, a raster image by
/// its bytes) and names its published copy, <c>media/&lt;name&gt;.&lt;hash&gt;.&lt;ext&gt;</c>, so a changed image gets a
/// new address and an unchanged one is cached for good. Each problem is reported at the image's own place.
/// </summary>
public sealed class AnswerImageFiles(string answerPath, InputFolder input, FileListing files, DiagnosticBag bag)
{
    /// <summary>Where published images go, under the site root.</summary>
    public const string Folder = "media/";

    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"];

    private readonly List<MediaFile> _found = [];

    /// <summary>The images found so far, each named by its path under the site root.</summary>
    public IReadOnlyList<MediaFile> Found => _found;

    public LocalImage? Resolve(string written, SourceLocation at)
    {
        var relative = Uri.UnescapeDataString(written.Split('#', '?')[0]);
        var folder = Path.GetDirectoryName(answerPath)!;
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!full.StartsWith(input.AnswersPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Fail($"the image '{written}' is outside {input.Display(input.AnswersPath)}/",
                "keep the image beside the answer's .md file (or in a folder beside it) and give its name, such as `calf-raise.jpg`");

        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (extension == ".svg")
            return Fail($"the image '{written}' is an SVG, which answers cannot show",
                "an SVG can hold script that would run on the site: export it as PNG (for a diagram) or JPEG (for a photo)");
        if (!Extensions.Contains(extension))
            return Fail($"'{written}' is not an image the site can show", "use a JPEG, PNG, WebP, AVIF or GIF image (.jpg, .png, .webp, .avif, .gif)");
        if (!files.Contains(full))
        {
            var beside = files.Under(folder, "").Where(f => Extensions.Contains(f.Extension.ToLowerInvariant()))
                .Select(f => Path.GetRelativePath(folder, f.FullName).Replace('\\', '/')).ToList();
            return Fail($"the image '{written}' is not a file in {input.Display(folder)}/", NearestName.Find(relative, beside) is { } nearest
                ? $"did you mean `{nearest}`? Names must match exactly, capitals too"
                : "put the image beside the answer's .md file and give its file name exactly, capitals too");
        }

        var scratch = new DiagnosticBag();
        if (files.ReadBytes(full, FileKind.Photo, scratch) is not { } bytes)
            return Fail($"the image '{written}' cannot be published: {scratch.Sorted().FirstOrDefault()?.Message}",
                $"make the image smaller: at most {InputLimits.Size(InputLimits.MediaFileBytes)} (1600 px wide is plenty)");
        if (PhotoFormat.Problem(full, bytes) is { } problem)
            return Fail($"the image '{written}' cannot be published: {problem}", "save it again as a JPEG, PNG, WebP, AVIF or GIF image");

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var stem = Slug.From(Path.GetFileNameWithoutExtension(full));
        var sitePath = $"{Folder}{(stem.Length > 0 ? stem : "image")}.{hash}{extension}";
        if (!_found.Any(f => f.FileName == sitePath)) _found.Add(new MediaFile(sitePath, bytes));
        var size = ImageSize.Of(bytes);
        return new LocalImage("/" + sitePath, size?.Width, size?.Height);

        LocalImage? Fail(string message, string hint)
        {
            bag.Error(at, DiagnosticCode.AnswerImage, message, hint);
            return null;
        }
    }
}
