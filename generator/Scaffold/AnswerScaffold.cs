using System.Globalization;
using RunnersQA.Content.Fields;

namespace RunnersQA.Scaffold;

/// <summary>
/// The text of a new answer: a draft whose front matter already passes <c>check</c>, with placeholders
/// to replace and the optional fields shown as comments. Names and examples are the declarations' (<see cref="AnswerFields"/>).
/// </summary>
public static class AnswerScaffold
{
    public const string QuestionPlaceholder = "Replace this with the reader's question, in their words.";

    public static string Text(string modeline, string title, DateOnly date, string expert, IReadOnlyList<string> tags) =>
        $$"""
        ---
        {{modeline}}
        {{AnswerFields.Title.Name}}: {{YamlScalar.DoubleQuoted(title)}}
        {{AnswerFields.Date.Name}}: {{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        {{AnswerFields.Draft.Name}}: true
        {{AnswerFields.Question.Name}}: |
          {{QuestionPlaceholder}}
        {{AnswerFields.Asker.Name}}: { {{AnswerFields.AskerName.Name}}: {{AnswerFields.AskerName.Default}} }
        {{AnswerFields.Expert.Name}}: {{expert}}
        {{AnswerFields.Tags.Name}}: [{{string.Join(", ", tags)}}]
        {{Commented(AnswerFields.Summary)}}
        {{Commented(AnswerFields.Exercises)}}
        ---
        Replace this with the short answer: the one or two sentences a reader should take away.

        ## Replace this with a heading for the explanation

        Explain what is going on, in plain words.

        ## Replace this with a heading for what to do

        Give the steps to take, and say when to see a physiotherapist or doctor.

        """.ReplaceLineEndings("\n");

    /// <summary>An optional field's example as YAML comments, valid once uncommented; a field with choices names them.</summary>
    private static string Commented(Field field)
    {
        var lines = field.Item is { Type: FieldType.Object, Fields: { } fields }
            ? [field.Name + ":", .. fields.Select((f, i) => (i == 0 ? "  - " : "    ") + f.Example + Choices(f))]
            : field.Example.Split('\n');
        return string.Join("\n", lines.Select(line => "# " + line));
    }

    private static string Choices(Field field) => field.Choices.Count > 0 ? "    # " + string.Join(" | ", field.Choices) : "";
}
