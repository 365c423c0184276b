namespace RunnersQA.Content;

/// <summary>A file published as it is (an expert's photo): its name and its bytes, read once at load time.</summary>
public sealed record MediaFile(string FileName, ReadOnlyMemory<byte> Bytes);
