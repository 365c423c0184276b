using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Content;

/// <summary>An expert's entry on a professional register: <c>registration: { body, number, url? }</c>.</summary>
public sealed record RegistrationEntry(string Body, Positioned<string> Number, Positioned<string>? Url)
{
    /// <summary>The registration as written; null when its body or number is missing (already reported).</summary>
    public static RegistrationEntry? From(FieldValues? registration) =>
        registration?.Text(ExpertFields.RegistrationBody) is { } body && registration.Text(ExpertFields.RegistrationNumber) is { } number
            ? new RegistrationEntry(body.Value, number, registration.Text(ExpertFields.RegistrationUrl))
            : null;
}
