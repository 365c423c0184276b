using System.Globalization;
using RunnersQA.Content;

namespace RunnersQA.Scaffold;

/// <summary>
/// The text of a new answer: a draft whose front matter already passes <c>check</c>, with placeholders
/// to replace and the optional fields shown as comments.
/// </summary>
public static class AnswerScaffold
{
    public const string QuestionPlaceholder = "Replace this with the reader's question, in their words.";

    public static string Text(string modeline, string title, DateOnly date, string expert, IReadOnlyList<string> tags) =>
        $$"""
        ---
        {{modeline}}
        title: {{YamlScalar.DoubleQuoted(title)}}
        date: {{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        draft: true
        question: |
          {{QuestionPlaceholder}}
        asker: { name: Anonymous }
        expert: {{expert}}
        tags: [{{string.Join(", ", tags)}}]
        # summary: One or two sentences for search results and link previews; without it, the first paragraph is used.
        # exercises:
        #   - title: Quad release on a foam roller
        #     url: https://www.youtube.com/watch?v=XXXXXXXXXXX
        #     kind: video    # {{string.Join(" | ", ExerciseEntry.Kinds)}}
        #     minutes: 5
        ---
        Replace this with the short answer: the one or two sentences a reader should take away.

        ## Replace this with a heading for the explanation

        Explain what is going on, in plain words.

        ## Replace this with a heading for what to do

        Give the steps to take, and say when to see a physiotherapist or doctor.

        """.ReplaceLineEndings("\n");
}
