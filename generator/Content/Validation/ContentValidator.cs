using RunnersQA.Diagnostics;

namespace RunnersQA.Content.Validation;

/// <summary>The set of rules a build and <c>check</c> run, assembled once.</summary>
public sealed class ContentValidator(IReadOnlyList<IContentRule> rules)
{
    public static ContentValidator Default { get; } = new(
    [
        new UnknownExpert(), new UnknownTag(), new DuplicateSlug(), new UnsafeLink(), new FutureDate(TimeProvider.System),
        new UpdatedBeforeDate(), new TitleLength(), new SummaryLength(), new TagCount(), new MissingBio(), new DuplicateExercise(),
        new BrokenAnswerLink(), new LevelOneHeading(), new ImageWithoutAlt(), new UnknownField(), new InvalidAlias(), new AliasConflict(),
    ]);

    /// <summary>Runs every rule, side by side: rules only read the content, and the bag sorts what they report.</summary>
    /// <param name="findings">What earlier validations of the session found; answer-local rules then check only new answers.</param>
    public void Validate(ContentSet content, DiagnosticBag bag, AnswerFindings? findings = null)
    {
        if (findings is null)
        {
            Parallel.ForEach(rules, rule => rule.Check(content, bag));
            return;
        }

        var (known, toCheck) = findings.Split(content);
        var onlyToCheck = content with { Answers = toCheck };
        var fresh = new DiagnosticBag();
        Parallel.ForEach(rules, rule =>
        {
            if (rule is IAnswerLocalRule) rule.Check(onlyToCheck, fresh);
            else rule.Check(content, bag);
        });
        var found = fresh.Sorted();
        findings.Remember(content, toCheck, found);
        foreach (var diagnostic in found.Concat(known.SelectMany(f => f))) bag.Add(diagnostic);
    }
}
