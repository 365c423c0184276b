
namespace RunnersQA.Search;

/// <summary>An answer's fragment (docs/search.md): what a result shows, fetched only for results on screen.</summary>
internal static class FragmentJson
{
    public static byte[] Write(SearchDocument answer) => SearchJson.Write(answer, static (json, answer) =>
    {
        json.WriteStartObject();
        json.WriteString("u", answer.Url);
        json.WriteString("t", answer.Title);
        json.WriteString("e", answer.Expert);
        // Term refs only: names and taxonomies are in the manifest, which the client already has.
        json.WriteStartArray("g");
        foreach (var term in answer.Terms)
        {
            if (term.RefPrefix.Length == 0) json.WriteStringValue(term.Id);
            else json.WriteStringValue(term.RefPrefix + term.Id);
        }
        json.WriteEndArray();
        json.WriteString("d", answer.Published);
        json.WriteString("x", FragmentText.From(answer.Summary, answer.PlainText));
        // Each ## section: anchor, heading, the start of its text; a result links to the one that matched.
        json.WriteStartArray("s");
        foreach (var section in answer.Sections)
        {
            json.WriteStartArray();
            json.WriteStringValue(section.Id);
            json.WriteStringValue(section.Heading);
            json.WriteStringValue(section.Text);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
