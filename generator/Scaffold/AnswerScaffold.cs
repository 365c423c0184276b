using System.Globalization;
using RunnersQA.Content;
using RunnersQA.Content.Fields;

namespace RunnersQA.Scaffold;

/// <summary>
/// The text of a new answer: a draft that passes <c>check</c> (with a warning for each placeholder left), with
/// <see cref="Placeholder"/>s to replace and the optional fields shown as comments. Names and examples are the
/// declarations' (<see cref="AnswerFields"/>).
/// </summary>
public static class AnswerScaffold
{

    public static string Text(string modeline, string title, DateOnly date, string expert, IReadOnlyList<string> tags) =>
        $$"""
        ---
        {{modeline}}
        {{AnswerFields.Title.Name}}: {{YamlScalar.DoubleQuoted(title)}}
        {{AnswerFields.Date.Name}}: {{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        {{AnswerFields.Draft.Name}}: true
        {{AnswerFields.Question.Name}}: |
          {{Placeholder.Question.Text}}
        {{AnswerFields.Asker.Name}}: { {{AnswerFields.AskerName.Name}}: {{AnswerFields.AskerName.Default}} }
        {{AnswerFields.Expert.Name}}: {{expert}}
        {{AnswerFields.Tags.Name}}: [{{string.Join(", ", tags)}}]
        {{Commented(AnswerFields.Summary)}}
        {{Commented(AnswerFields.Exercises)}}
        {{Commented(AnswerFields.Sources)}}
        {{Commented(AnswerFields.ReviewedBy)}}
        {{Commented(AnswerFields.Reviewed)}}
        ---
        {{Placeholder.ShortAnswer.Text}}

        ## {{Placeholder.ExplanationHeading.Text}}

        {{Placeholder.Explanation.Text}}

        ## {{Placeholder.StepsHeading.Text}}

        {{Placeholder.Steps.Text}}

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
