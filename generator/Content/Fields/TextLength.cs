using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Fields;

/// <summary>
/// A text held to its field's declared <see cref="Field.MinLength"/> and <see cref="Field.MaxLength"/>, in one
/// wording for every loader and rule that checks one (RQA013), so editors, the schema and <c>check</c> agree.
/// </summary>
public static class TextLength
{
    /// <summary>Whether the text is within its field's lengths; reported when it is not.</summary>
    /// <param name="whose">Whose field it is, for the message ("a source's "); empty for a file's own field.</param>
    /// <param name="hint">What to do about a text too long, when the field's example says it badly.</param>
    public static bool Within(Positioned<string> text, Field field, DiagnosticBag bag, string whose = "", string? hint = null)
    {
        var length = text.Value.Length;
        if (field.MinLength is { } min && length < min)
        {
            bag.Error(text.Location, DiagnosticCode.InvalidValue, $"{whose}`{field.Name}` is {length} characters long, and needs at least {min}",
                $"say it in full, for example `{field.Example}`");
            return false;
        }
        if (field.MaxLength is { } max && length > max)
        {
            bag.Error(text.Location, DiagnosticCode.InvalidValue, $"{whose}`{field.Name}` is {length} characters long, and may be at most {max}",
                hint ?? $"shorten it to at most {max} characters, for example `{field.Example}`");
            return false;
        }
        return true;
    }
}
