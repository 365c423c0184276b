using System.Globalization;
using RunnersQA.Content.Fields;
using RunnersQA.Strings;

namespace RunnersQA.Model;

/// <summary>
/// The theme's words the model itself needs, in the site's language: how dates are written, the exercise kinds'
/// labels, the tags' names. A record of values, so answers resolved with equal words are reused by a rebuild.
/// </summary>
public sealed record ModelWords(string Culture, string DateFormat, ValueList<string> KindLabels, string TagsName, string TagName)
{
    public const string DateFormatKey = "date.format";
    public const string TagsNameKey = "taxonomy.tags.name";
    public const string TagNameKey = "taxonomy.tags.term_name";
    public const string KindKeyPrefix = "exercise.kind.";

    public static ModelWords From(ThemeStrings strings) =>
        new(strings.Culture.Name, strings.Text(DateFormatKey),
            AnswerFields.ExerciseKind.Choices.Select(kind => strings.Text(KindKeyPrefix + kind)).ToValueList(),
            strings.Text(TagsNameKey), strings.Text(TagNameKey));

    /// <summary>Every key <see cref="From"/> reads, which a theme's English strings must declare.</summary>
    public static IEnumerable<string> Keys =>
        [DateFormatKey, TagsNameKey, TagNameKey, .. AnswerFields.ExerciseKind.Choices.Select(kind => KindKeyPrefix + kind)];

    public CultureInfo CultureInfo => System.Globalization.CultureInfo.GetCultureInfo(Culture);

    public string KindLabel(string kind) =>
        AnswerFields.ExerciseKind.Choices.ToList().IndexOf(kind) is var i and >= 0 ? KindLabels[i] : Content.TagLoader.DisplayName(kind);

    public DisplayDate Date(DateOnly value) => DisplayDate.From(value, CultureInfo, DateFormat);
}
