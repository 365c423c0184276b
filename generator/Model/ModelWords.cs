using System.Globalization;
using RunnersQA.Content.Fields;
using RunnersQA.Strings;

namespace RunnersQA.Model;

/// <summary>
/// The theme's words the model itself needs, in the site's language: how dates are written, the exercise kinds'
/// labels, the tags' names. A record of values, so answers resolved with equal words are reused by a rebuild.
/// </summary>
public sealed record ModelWords(CultureInfo Culture, string DateFormat, ValueList<string> KindLabels, string TagsName, string TagName)
{
    public const string DateFormatKey = "date.format";
    public const string TagsNameKey = "taxonomy.tags.name";
    public const string TagNameKey = "taxonomy.tags.term_name";
    public const string KindKeyPrefix = "exercise.kind.";

    public static ModelWords From(ThemeStrings strings) =>
        new(strings.Culture, strings.Text(DateFormatKey),
            AnswerFields.ExerciseKind.Choices.Select(kind => strings.Text(KindKeyPrefix + kind)).ToValueList(),
            strings.Text(TagsNameKey), strings.Text(TagNameKey));

    /// <summary>Every key <see cref="From"/> reads, which a theme's English strings must declare.</summary>
    public static IEnumerable<string> Keys =>
        [DateFormatKey, TagsNameKey, TagNameKey, .. AnswerFields.ExerciseKind.Choices.Select(kind => KindKeyPrefix + kind)];

    /// <summary>The label of a declared kind; the loader lets no other through, but a kind in words is the fallback.</summary>
    public string KindLabel(string kind)
    {
        var i = 0;
        foreach (var choice in AnswerFields.ExerciseKind.Choices)
        {
            if (choice == kind) return KindLabels[i];
            i++;
        }
        return Content.TagLoader.DisplayName(kind);
    }

    public DisplayDate Date(DateOnly value) => DisplayDate.From(value, Culture, DateFormat);
}
