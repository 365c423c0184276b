using RunnersQA.Content;
using RunnersQA.Content.Fields;

namespace RunnersQA.Scaffold;

/// <summary>
/// The text of a new expert file, with <see cref="Placeholder"/>s to replace: <c>check</c> reports each until it is
/// (an expert has no draft state), and nothing else. Field names are <see cref="ExpertFields"/>'.
/// </summary>
public static class ExpertScaffold
{
    public const string DefaultRole = "Coach";

    public static string Text(string modeline, string id, string name, string role) =>
        $$"""
        ---
        {{modeline}}
        {{ExpertFields.Name.Name}}: {{YamlScalar.DoubleQuoted(name)}}
        {{ExpertFields.Role.Name}}: {{YamlScalar.DoubleQuoted(role)}}
        {{ExpertFields.Credentials.Name}}: [{{Placeholder.Credential.Text}}, {{Placeholder.OtherCredential.Text}}]
        # {{ExpertFields.Photo.Name}}: {{id}}.jpg    # an image beside this file in experts/
        # {{ExpertFields.Registration.Example}}    # a regulated profession's public register
        # {{ExpertFields.Disclosures.Example}}    # sponsorships and paid work readers should know of
        {{ExpertFields.Links.Name}}: { website: {{Placeholder.Website.Text}} }
        ---
        {{Placeholder.Bio.Text}}

        """.ReplaceLineEndings("\n");

    /// <summary>The id as words, for a name to start from: "rachel-moss" becomes "Rachel Moss".</summary>
    public static string DefaultName(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
