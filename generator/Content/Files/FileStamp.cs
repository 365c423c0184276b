namespace RunnersQA.Content.Files;

/// <summary>
/// What the listing knows of a file without opening it. A file whose stamp is as it was holds the bytes it held,
/// unless it was written within a clock tick of being hashed (another write could then keep size and time):
/// the trust git puts in its index, and the one reuse decided without reading.
/// </summary>
public readonly record struct FileStamp(string FullPath, long Length, DateTime LastWriteTimeUtc)
{
    public static FileStamp Of(FileInfo file) => new(file.FullName, file.Length, file.LastWriteTimeUtc);

    /// <summary>Whether a hash made after <paramref name="listedAt"/> can be trusted for this stamp next time.</summary>
    public bool SettledBefore(DateTime listedAt) => LastWriteTimeUtc < listedAt - TimeSpan.FromSeconds(1);
}
