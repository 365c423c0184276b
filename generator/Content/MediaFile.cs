namespace RunnersQA.Content;

/// <summary>
/// A file published as it is, with its bytes read once at load time: an expert's photo (by its file name) or an
/// answer's image (by its path under the site root).
/// </summary>
public sealed record MediaFile(string FileName, ReadOnlyMemory<byte> Bytes);
