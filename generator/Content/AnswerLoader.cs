using RunnersQA.Content.Files;
using RunnersQA.Diagnostics;
using RunnersQA.Markdown;

namespace RunnersQA.Content;

/// <summary>Reads one answer file: <c>answers/YYYY/&lt;slug&gt;.md</c>.</summary>
public static class AnswerLoader
{
    /// <param name="bytes">The file's bytes, when the caller has read them already.</param>
    public static AnswerFile Load(string fullPath, InputFolder input, FileListing files, MarkdownRenderer markdown, DiagnosticBag bag, byte[]? bytes = null)
    {
        var source = MarkdownSource.Read(fullPath, input, files, "the answer's URL", bag, bytes);
        var (slug, at) = (source.Id, source.Start);

        var fm = source.FrontMatter;
        var title = fm?.String("title", true, "title: Why do my knees get sore a few miles into a run?") ?? new Positioned<string>("", at);
        var date = fm?.Date("date", true);
        var updated = fm?.Date("updated", false);
        var question = fm?.MarkdownText("question", true, "question: |\n    I've run for years without injury, but ...");
        var summary = fm?.String("summary", false, "summary: One or two sentences.");
        var draft = fm?.Bool("draft", false) ?? false;
        var expert = fm?.String("expert", true, "expert: rachel-moss") ?? new Positioned<string>("", at);
        var tags = fm?.StringList("tags", true, "tags: [knee-pain, strength]") ?? [];
        var aliases = fm?.StringList("aliases", false, "aliases: [/answers/old-slug/]") ?? [];

        var keys = fm?.Keys("").ToList() ?? [];
        var asker = Asker.Anonymous;
        if (fm?.Node("asker") is YamlDotNet.RepresentationModel.YamlScalarNode)
            asker = new Asker(fm.String("asker", false, "asker: Matt")?.Value ?? "Anonymous", null);
        else if (fm?.Map("asker", "asker: { name: Matt, location: London }") is { } askerMap)
        {
            asker = new Asker(askerMap.String("name", false, "name: Matt")?.Value ?? "Anonymous",
                              askerMap.String("location", false, "location: London")?.Value);
            keys.AddRange(askerMap.Keys("asker"));
        }

        var exerciseMaps = fm?.MapList("exercises", "exercises:\n  - title: Quad release\n    url: https://...\n    kind: video") ?? [];
        var exercises = exerciseMaps.Select(ReadExercise).OfType<ExerciseEntry>().ToList();
        keys.AddRange(exerciseMaps.SelectMany(m => m.Keys("exercises")));

        var questionText = question ?? new Positioned<string>("", at);
        var renderedQuestion = markdown.Render(questionText.Value, source.DisplayPath, questionText.Location.Line, bag, questionText.Location.Column - 1);
        var body = markdown.Render(source.Body, source.DisplayPath, source.BodyFirstLine, bag);

        return new AnswerFile(slug, at, title, date ?? new Positioned<DateOnly>(default, at), updated, renderedQuestion, body, summary,
            asker, expert, tags, exercises, draft, aliases, keys);

        ExerciseEntry? ReadExercise(YamlMap map)
        {
            var exerciseTitle = map.String("title", true, "title: Quad release on a foam roller");
            var url = map.String("url", true, "url: https://www.youtube.com/watch?v=...");
            var kind = map.String("kind", false, "kind: video");
            if (kind is { } k && !ExerciseEntry.Kinds.Contains(k.Value))
                bag.Error(k.Location, DiagnosticCode.InvalidValue, $"exercise kind '{k.Value}' is not one of {string.Join(", ", ExerciseEntry.Kinds)}",
                    "pick the kind that fits, for example `kind: video`");
            var minutes = map.Int("minutes", false, "minutes: 5");
            if (minutes is { Value: < 1 } m)
                bag.Error(m.Location, DiagnosticCode.InvalidValue, "exercise `minutes` must be a positive number", "for example `minutes: 5`, or leave it out");
            if (exerciseTitle is null || url is null) return null;
            return new ExerciseEntry(exerciseTitle.Value.Value, url.Value,
                kind is { } kk && ExerciseEntry.Kinds.Contains(kk.Value) ? kk.Value : "video",
                minutes is { Value: > 0 } mm ? mm.Value : null);
        }
    }
}
