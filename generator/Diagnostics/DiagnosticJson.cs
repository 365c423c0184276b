using System.Text;
using System.Text.Json;

namespace RunnersQA.Diagnostics;

/// <summary>Diagnostics as JSON, every field of each: for tools (`check --format json`) and for the live-reload overlay.</summary>
public static class DiagnosticJson
{
    /// <summary>One indented document: the counts, then the diagnostics.</summary>
    public static void Write(IReadOnlyCollection<Diagnostic> diagnostics, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
        json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
        json.WritePropertyName("diagnostics");
        WriteArray(json, diagnostics);
        json.WriteEndObject();
    }

    /// <summary>The diagnostics as a JSON array on one line (newlines in messages are escaped).</summary>
    public static string Array(IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) WriteArray(json, diagnostics);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The diagnostics as a JSON array, each with every field, into a document another command writes.</summary>
    public static void WriteArray(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray();
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("path", d.Location.Path);
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            json.WriteString("severity", d.IsError ? "error" : "warning");
            json.WriteString("code", d.Code.ToString());
            json.WriteString("name", d.Code.Name);
            json.WriteString("message", d.Message);
            json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
