using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A source's <c>doi</c> is made into a link to doi.org, so it must be the DOI alone, as declared. The hints name the
/// usual slips: a resolver's address or a label pasted with it, or a PubMed id in its place. (<c>pmid</c> is a whole
/// number, which the loader checks; its hint names the same slips.)
/// </summary>
public sealed partial class SourceIdentifiers : IAnswerLocalRule
{
    private static readonly Field Doi = AnswerFields.SourceDoi;

    /// <summary>A DOI inside other text: after https://doi.org/, "doi:" or "DOI ".</summary>
    [GeneratedRegex(@"10\.\d{4,9}/[-._;()/:A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiInside();

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var source in content.Answers.SelectMany(a => a.Fields.Objects(AnswerFields.Sources)))
        {
            if (source.Text(Doi) is { } doi && !Doi.Pattern!.Matches(doi.Value))
                bag.Error(doi.Location, DiagnosticCode.InvalidSource, $"`{Doi.Name}` '{doi.Value}' is not a DOI", Hint(doi.Value));
        }
    }

    private static string Hint(string value)
    {
        if (value.All(char.IsAsciiDigit))
            return $"that looks like a PubMed id: write it as `{AnswerFields.SourcePmid.Name}: {value}`, and give the DOI, if there is one, as `{Doi.Name}:`";
        if (DoiInside().Match(value) is { Success: true } inside)
            return $"write the DOI alone, without the address or label before it: `{Doi.Name}: {inside.Value}` (the page links it to doi.org itself)";
        return $"a DOI starts with `10.`, a number and a slash, for example `{Doi.Example}`; leave `{Doi.Name}:` out if the source has none";
    }
}
