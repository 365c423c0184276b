using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RunnersQA.Search;

/// <summary>How the index's JSON is written and named.</summary>
internal static class SearchJson
{
    // The files are fetched as JSON, never inlined into HTML, so only JSON's own escaping is needed:
    // non-ASCII text stays as UTF-8 instead of growing into \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        // One growing buffer per thread: only the finished file is a fresh allocation.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json, state);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The name hash: first 10 hex characters, lower-case, of the SHA-256 of the content.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => FromDigest(SHA256.HashData(content));

    public static string FromDigest(byte[] sha256) => Convert.ToHexStringLower(sha256, 0, 5);
}
