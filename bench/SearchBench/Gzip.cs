using System.IO.Compression;

namespace RunnersQA.Bench;

/// <summary>Compressed sizes, as a static host that gzips with the best setting would serve them.</summary>
public static class Gzip
{
    public static long Size(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        return compressed.Length;
    }
}
