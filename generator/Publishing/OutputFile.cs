namespace RunnersQA.Publishing;

/// <summary>One file of the built site: its path relative to the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Bytes)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
