using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RunnersQA.Search;

/// <summary>How the index's JSON is written.</summary>
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
}
