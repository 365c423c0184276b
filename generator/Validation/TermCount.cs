using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>
/// At most as many terms of a taxonomy as its field declares (past the tags field's limit a tag stops saying what
/// an answer is about). None, where the field is required, is a missing field.
/// </summary>
public sealed class TermCount : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var taxonomy in content.Taxonomies)
        {
            var (max, key) = (taxonomy.Field.MaxItems, taxonomy.Key);
            foreach (var answer in content.Answers)
            {
                var terms = answer.TermsOf(taxonomy.Field);
                if (terms.Count <= max) continue;
                bag.Error(terms[max].Location, DiagnosticCode.TagCount, $"the answer has {terms.Count} {key}; at most {max}",
                    $"keep the {(max == 1 ? "one" : max.ToString(System.Globalization.CultureInfo.InvariantCulture))} {(max == 1 ? taxonomy.Term : key)} that best say{(max == 1 ? "s" : "")} what the answer is about");
            }
        }
    }
}
