using RunnersQA.Content.Fields;

namespace RunnersQA.Content;

/// <summary>The reader who asked; the location is optional.</summary>
public sealed record Asker(string Name, string? Location)
{
    public static readonly Asker Anonymous = new(AnswerFields.AskerName.Default!, null);

    /// <summary>The asker as written, or <see cref="Anonymous"/> when the answer names none.</summary>
    public static Asker From(FieldValues? asker) => asker is null
        ? Anonymous
        : new(asker.Text(AnswerFields.AskerName)?.Value ?? Anonymous.Name, asker.Text(AnswerFields.AskerLocation)?.Value);
}
