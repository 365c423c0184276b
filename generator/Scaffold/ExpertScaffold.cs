using RunnersQA.Content.Fields;

namespace RunnersQA.Scaffold;

/// <summary>The text of a new expert file, with placeholders to replace; it passes <c>check</c> as written. Field names are <see cref="ExpertFields"/>'.</summary>
public static class ExpertScaffold
{
    public const string DefaultRole = "Running coach";

    public static string Text(string modeline, string id, string name, string role) =>
        $$"""
        ---
        {{modeline}}
        {{ExpertFields.Name.Name}}: {{YamlScalar.DoubleQuoted(name)}}
        {{ExpertFields.Role.Name}}: {{YamlScalar.DoubleQuoted(role)}}
        {{ExpertFields.Credentials.Name}}: [Replace with a qualification, Replace with another qualification]
        # {{ExpertFields.Photo.Name}}: {{id}}.jpg    # an image beside this file in experts/
        {{ExpertFields.Links.Name}}: { website: https://example.org }
        ---
        Replace this with a short biography, in the third person: experience, who they coach or treat, and what they answer questions on.

        """.ReplaceLineEndings("\n");

    /// <summary>The id as words, for a name to start from: "rachel-moss" becomes "Rachel Moss".</summary>
    public static string DefaultName(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
