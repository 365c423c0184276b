using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>
/// What the <see cref="IAnswerLocalRule"/>s found in each loaded answer at the last validation, so that a
/// rebuild checks only the answers loaded anew. Held by one build session. An answer is the same when it
/// is the very record the answer cache handed out again, and while the set of slugs is as it was.
/// </summary>
public sealed class AnswerFindings
{
    private Dictionary<AnswerFile, IReadOnlyList<Diagnostic>> _byAnswer = new(ReferenceEqualityComparer.Instance);
    private IReadOnlySet<string>? _slugs;

    /// <summary>The answers that were checked before, with their findings, and those to check now.</summary>
    internal (List<IReadOnlyList<Diagnostic>> Known, List<AnswerFile> ToCheck) Split(ContentSet content)
    {
        var slugsAsBefore = _slugs is not null && _slugs.SetEquals(content.AnswerSlugs);
        var known = new List<IReadOnlyList<Diagnostic>>();
        var toCheck = new List<AnswerFile>();
        foreach (var answer in content.Answers)
        {
            if (slugsAsBefore && _byAnswer.TryGetValue(answer, out var findings)) known.Add(findings);
            else toCheck.Add(answer);
        }
        return (known, toCheck);
    }

    /// <summary>Keeps the findings of every answer of this validation, and forgets the rest.</summary>
    internal void Remember(ContentSet content, IReadOnlyList<AnswerFile> checkedNow, IReadOnlyList<Diagnostic> found)
    {
        var byPath = found.ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        var next = new Dictionary<AnswerFile, IReadOnlyList<Diagnostic>>(ReferenceEqualityComparer.Instance);
        foreach (var answer in content.Answers)
        {
            if (_byAnswer.TryGetValue(answer, out var before)) next[answer] = before;
        }
        foreach (var answer in checkedNow) next[answer] = [.. byPath[answer.Location.Path]];
        _byAnswer = next;
        _slugs = content.AnswerSlugs;
    }
}
