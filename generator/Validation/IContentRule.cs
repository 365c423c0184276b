using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>One named check over the loaded content. Rules report; they never throw and never change content.</summary>
public interface IContentRule
{
    void Check(ContentSet content, DiagnosticBag bag);
}
