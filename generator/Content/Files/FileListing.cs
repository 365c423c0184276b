using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Files;

/// <summary>
/// The files a build may read under one root (the input folder, or a theme's folder), listed once without
/// ever following a symbolic link. A link is refused, whatever it points to: a pull request can commit a link
/// to any file on the build machine, and no content needs one. Every read goes through here, so a path taken
/// from content (an expert's photo) can only reach a file that was listed: a real file under the root.
/// </summary>
public sealed class FileListing
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    private readonly Dictionary<string, FileInfo> _files;
    private readonly Func<string, string> _display;

    private FileListing(Dictionary<string, FileInfo> files, Func<string, string> display)
    {
        _files = files;
        _display = display;
    }

    /// <summary>Lists <paramref name="entries"/> (files or folders under <paramref name="root"/>, full or relative to it) and everything in those folders.</summary>
    /// <param name="display">How a full path is named in diagnostics.</param>
    public static FileListing Scan(string root, IEnumerable<string> entries, Func<string, string> display, DiagnosticBag bag) =>
        Scan(root, entries, display, bag, InputLimits.Files);

    /// <param name="maxFiles">The most files listed; tests lower it rather than write hundreds of thousands of files.</param>
    internal static FileListing Scan(string root, IEnumerable<string> entries, Func<string, string> display, DiagnosticBag bag, int maxFiles)
    {
        var files = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        var full = Path.GetFullPath(root);
        var tooMany = false;
        foreach (var entry in entries)
        {
            var path = Path.Combine(full, entry);
            // Each folder between the root and the entry is checked too: "answers" itself may be a link.
            if (RefusedOnTheWay(full, path, display, bag)) continue;
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.Exists || info.LinkTarget is not null) Visit(info, 0);
        }
        return new FileListing(files, display);

        void Visit(FileSystemInfo info, int depth)
        {
            if (tooMany) return;
            // A name that is not UTF-8 comes back with replacement characters, naming no file at all.
            if (info.Name.Contains('\uFFFD'))
            {
                bag.Error(SourceLocation.StartOf(display(info.FullName)), DiagnosticCode.NotUtf8, "this file name is not UTF-8, so the file cannot be read",
                    "rename it using letters, digits and hyphens, such as `knee-pain.md`");
                return;
            }
            // From the listing's own data (lstat), so no extra call per file: a link, dangling or not, is a reparse point.
            if (info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                RefuseLink(info, display, bag);
                return;
            }
            if (info is DirectoryInfo folder)
            {
                if (depth >= InputLimits.FolderDepth)
                {
                    bag.Error(SourceLocation.StartOf(display(folder.FullName)), DiagnosticCode.OverLimit,
                        $"folders are nested more than {InputLimits.FolderDepth} deep here", "keep answers in answers/<year>/ and experts in experts/");
                    return;
                }
                foreach (var child in folder.EnumerateFileSystemInfos("*", OneLevel).OrderBy(c => c.Name, StringComparer.Ordinal))
                    Visit(child, depth + 1);
            }
            else if (info is FileInfo file)
            {
                if (files.Count >= maxFiles)
                {
                    tooMany = true;
                    bag.Error(SourceLocation.StartOf(display(file.FullName)), DiagnosticCode.OverLimit,
                        $"the input has more than {maxFiles:N0} files; the rest are not read", "remove files that are not answers, experts or theme files");
                    return;
                }
                files[file.FullName] = file;
            }
        }
    }

    private static bool RefusedOnTheWay(string root, string path, Func<string, string> display, DiagnosticBag bag)
    {
        if (LinkOnTheWay(root, path) is not { } link) return false;
        RefuseLink(new DirectoryInfo(link), display, bag);
        return true;
    }

    /// <summary>The first folder between <paramref name="root"/> and <paramref name="path"/> that is a symbolic link, if any.</summary>
    public static string? LinkOnTheWay(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (relative == ".") return null;
        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            if (new DirectoryInfo(current).LinkTarget is not null) return current;
        }
        return null;
    }

    private static void RefuseLink(FileSystemInfo link, Func<string, string> display, DiagnosticBag bag) =>
        bag.Error(SourceLocation.StartOf(display(link.FullName)), DiagnosticCode.Symlink,
            $"this is a symbolic link (to {link.LinkTarget}); the build never follows links, so it is not read",
            "replace the link with the real file or folder: `git rm` the link, copy the file into its place, and commit it");

    /// <summary>Whether the path is a file of the listing: a real file under the root, reached through no link.</summary>
    public bool Contains(string fullPath) => _files.ContainsKey(fullPath);

    /// <summary>The listed files under a folder with the given extension ("" for all), in ordinal order of their paths.</summary>
    public IReadOnlyList<FileInfo> Under(string folder, string extension)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return [.. _files.Values
            .Where(f => f.FullName.StartsWith(prefix, StringComparison.Ordinal) && f.FullName.EndsWith(extension, StringComparison.Ordinal))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)];
    }

    /// <summary>A listed text file as UTF-8 text (not UTF-8 is reported, and read as well as it can be); null (reported) when it is too large or cannot be read.</summary>
    public string? ReadText(string fullPath, DiagnosticBag bag)
    {
        var bytes = ReadBytes(fullPath, FileKind.Text, bag);
        return bytes is null ? null : TextDecoding.Decode(bytes, _display(fullPath), bag);
    }

    /// <summary>A listed file's bytes; null (reported) when it is larger than its kind allows or cannot be read.</summary>
    public byte[]? ReadBytes(string fullPath, FileKind kind, DiagnosticBag bag)
    {
        if (!_files.ContainsKey(fullPath))
        {
            bag.Error(At(fullPath), DiagnosticCode.UnreadableFile, "this is not a file the build may read (it is outside the folder, or behind a link)",
                "name a file inside the input folder");
            return null;
        }
        try
        {
            // Listed as a file; a link put in its place since then is refused as well.
            if (new FileInfo(fullPath) is { LinkTarget: not null } swapped)
            {
                RefuseLink(swapped, _display, bag);
                return null;
            }
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > kind.MaxBytes)
            {
                bag.Error(At(fullPath), DiagnosticCode.OverLimit, $"the file is {InputLimits.Size(length)}; {kind.Name} may be at most {InputLimits.Size(kind.MaxBytes)}", kind.Hint);
                return null;
            }
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0) read += n;
            return read == bytes.Length ? bytes : bytes[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(At(fullPath), DiagnosticCode.UnreadableFile, $"the file cannot be read: {e.Message}",
                "check that the file exists and can be read, then build again");
            return null;
        }
    }

    private SourceLocation At(string fullPath) => SourceLocation.StartOf(_display(fullPath));
}
