using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// The lengths and counts the declarations set for corrections, sources, disclosures and registrations, as the
/// schema sets them (so editors and <c>check</c> agree): a value out of its range.
/// </summary>
public sealed class DeclaredLength : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var answer in content.Answers)
        {
            foreach (var correction in answer.Fields.Objects(AnswerFields.Corrections))
                Length(correction.Text(AnswerFields.CorrectionText), AnswerFields.CorrectionText, "a correction's", bag);
            var sources = answer.Fields.Objects(AnswerFields.Sources);
            foreach (var source in sources) Length(source.Text(AnswerFields.SourceTitle), AnswerFields.SourceTitle, "a source's", bag);
            var most = AnswerFields.Sources.MaxItems;
            if (sources.Count > most)
            {
                var first = sources[most];
                bag.Error((first.Text(AnswerFields.SourceTitle) ?? first.Text(AnswerFields.SourceUrl))?.Location ?? answer.Location, DiagnosticCode.InvalidValue,
                    $"`{AnswerFields.Sources.Name}` has {sources.Count} items; at most {most}",
                    $"keep the {most} sources the answer rests on most; a review or guideline can stand for the studies it covers");
            }
        }
        foreach (var expert in content.Experts)
        {
            foreach (var disclosure in expert.Disclosures) Length(disclosure, ExpertFields.Disclosures.Item!, "a", bag);
            if (expert.Registration is { } registration) Length(registration.Number, ExpertFields.RegistrationNumber, "the registration's", bag);
        }
    }

    private static void Length(Positioned<string>? text, Field field, string whose, DiagnosticBag bag)
    {
        if (text is { } t) TextLength.Within(t, field, bag, whose + " ");
    }
}
