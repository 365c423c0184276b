using RunnersQA.Content;
using RunnersQA.Diagnostics;

namespace RunnersQA.Validation;

/// <summary>Two answers with one file name would write one URL; the slug must be unique across years.</summary>
public sealed class DuplicateSlug : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag bag)
    {
        foreach (var group in content.Answers.GroupBy(a => a.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                bag.Error(other.Location, DiagnosticCode.DuplicateSlug, $"the slug '{other.Slug}' is already used by {first.Location.Path}",
                    "rename one of the files: the file name is the answer's URL and must be unique");
        }
    }
}
