using System.Text.RegularExpressions;
using RunnersQA.Content;
using RunnersQA.Content.Fields;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// A source's <c>doi</c> and <c>pmid</c> are made into links to doi.org and PubMed, so each must be the identifier
/// alone, as declared. The hints name the usual slips: a resolver's address or a label pasted with it, or one in
/// the other's place.
/// </summary>
public sealed partial class SourceIdentifiers : IAnswerLocalRule
{
    private static readonly (Field Doi, Field Pmid) Fields = (AnswerFields.SourceDoi, AnswerFields.SourcePmid);

    /// <summary>A DOI inside other text: after https://doi.org/, "doi:" or "DOI ".</summary>
    [GeneratedRegex(@"10\.\d{4,9}/[-._;()/:A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiInside();

    /// <summary>A PubMed id inside other text: "PMID: 31345928", https://pubmed.ncbi.nlm.nih.gov/31345928/.</summary>
    [GeneratedRegex(@"^(?:PMID:?\s*|https?://(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/)([1-9][0-9]{0,8})/?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PmidInside();

    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var source in content.Answers.SelectMany(a => a.Fields.Objects(AnswerFields.Sources)))
        {
            if (source.Text(Fields.Doi) is { } doi && !Fields.Doi.Pattern!.Matches(doi.Value))
                bag.Error(doi.Location, DiagnosticCode.InvalidSource, $"`{Fields.Doi.Name}` '{doi.Value}' is not a DOI", DoiHint(doi.Value));
            if (source.Text(Fields.Pmid) is { } pmid && !Fields.Pmid.Pattern!.Matches(pmid.Value))
                bag.Error(pmid.Location, DiagnosticCode.InvalidSource, $"`{Fields.Pmid.Name}` '{pmid.Value}' is not a PubMed id", PmidHint(pmid.Value));
        }
    }

    private static string DoiHint(string value)
    {
        if (Fields.Pmid.Pattern!.Matches(value))
            return $"that looks like a PubMed id: write it as `{Fields.Pmid.Name}: {value}`, and give the DOI, if there is one, as `{Fields.Doi.Name}:`";
        if (DoiInside().Match(value) is { Success: true } inside)
            return $"write the DOI alone, without the address or label before it: `{Fields.Doi.Name}: {inside.Value}` (the page links it to doi.org itself)";
        return $"a DOI starts with `10.`, a number and a slash, for example `{Fields.Doi.Example}`; leave `{Fields.Doi.Name}:` out if the source has none";
    }

    private static string PmidHint(string value)
    {
        if (PmidInside().Match(value) is { Success: true } inside)
            return $"write the number alone: `{Fields.Pmid.Name}: {inside.Groups[1].Value}` (the page links it to PubMed itself)";
        if (DoiInside().Match(value) is { Success: true } doi)
            return $"that is a DOI: write it as `{Fields.Doi.Name}: {doi.Value}`, and give the PubMed id, if there is one, as `{Fields.Pmid.Name}:`";
        return $"{Fields.Pmid.Pattern!.Meaning}, with no leading zero, for example `{Fields.Pmid.Example}`; leave `{Fields.Pmid.Name}:` out if the source has none";
    }
}
