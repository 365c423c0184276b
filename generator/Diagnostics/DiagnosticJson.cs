using System.Text.Json;

namespace RunnersQA.Diagnostics;

/// <summary>Diagnostics as one JSON document for tools: every field of each, and the counts.</summary>
public static class DiagnosticJson
{
    public static void Write(IReadOnlyCollection<Diagnostic> diagnostics, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
        json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
        json.WriteStartArray("diagnostics");
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
        json.WriteEndObject();
    }
}
