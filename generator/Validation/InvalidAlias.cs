using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>An alias is an address on this site: a path from its root, not a link elsewhere.</summary>
public sealed class InvalidAlias : IAnswerLocalRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var alias in content.Answers.SelectMany(a => a.Aliases).Where(a => !AliasPath.IsValid(a.Value) || AliasPath.Normalize(a.Value).Length == 0))
            bag.Error(alias.Location, DiagnosticCode.InvalidAlias, $"'{alias.Value}' is not an address on this site",
                "give the old path from the site's root, as it appeared in the address bar: `/answers/old-slug/`");
    }
}
