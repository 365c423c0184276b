using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>Readers trust advice when they know who gives it: every expert file needs a bio below its front matter.</summary>
public sealed class MissingBio : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var expert in content.Experts.Where(e => e.Bio.PlainText.Length == 0))
            bag.Error(expert.Location, DiagnosticCode.MissingBio, $"the expert '{expert.Id}' has no bio",
                "after the closing `---`, write a paragraph on their experience and qualifications");
    }
}
