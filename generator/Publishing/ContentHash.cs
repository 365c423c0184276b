using System.Security.Cryptography;

namespace RunnersQA.Publishing;

/// <summary>
/// The hash that fingerprinted file names carry: the first 10 hex characters, lower-case, of the SHA-256 of
/// the content. A name changes exactly when the bytes do, so such files can be cached forever.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => FromDigest(SHA256.HashData(content));

    public static string FromDigest(byte[] sha256) => Convert.ToHexStringLower(sha256, 0, 5);
}
